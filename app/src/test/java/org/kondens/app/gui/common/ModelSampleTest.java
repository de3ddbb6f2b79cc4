package org.kondens.app.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View models are tested without JavaFX: the workbench publishes on the worker thread there. */
class ModelSampleTest {

    @TempDir
    Path dir;

    @Test
    void anEditIsPublishedWithoutAnFxToolkit() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            int groups = wb.snapshot().codeGroups().size();
            ModelSample.await(wb.edit(p -> p.addCodeGroup("Tillit", null, java.util.List.of())));
            assertEquals(groups + 1, wb.snapshot().codeGroups().size());
            assertTrue(wb.updateProperty().get().snapshot() == wb.snapshot(), "the update carries the published snapshot");
            assertEquals("Add code group: Tillit", wb.undoNameProperty().get());
        }
    }
}

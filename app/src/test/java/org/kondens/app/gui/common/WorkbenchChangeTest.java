package org.kondens.app.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.search.SearchFilter;
import org.kondens.core.search.SearchResult;

/** Each edit is published with what it changed, and search never waits for the project thread. */
class WorkbenchChangeTest {

    @TempDir
    Path dir;

    @Test
    void anEditIsPublishedWithWhatItChangedAndTheRestReused() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            assertTrue(wb.updateProperty().get().change().isEverything(), "opening publishes everything");
            ProjectSnapshot before = wb.snapshot();
            CodeGroup g = before.codeGroups().get(0);
            ModelSample.await(wb.editVoid(p -> p.renameCodeGroup(g.id(), "Tillit og trygghet")));
            Workbench.Update u = wb.updateProperty().get();
            assertEquals(Set.of(Part.CODE_GROUPS), u.change().parts());
            assertTrue(u.change().ids().contains(g.id()));
            assertEquals("Tillit og trygghet", wb.snapshot().codeGroups().get(0).workingName());
            assertSame(before.transcripts(), wb.snapshot().transcripts(), "transcripts are not read again for a rename");
            assertEquals(before.audit().size() + 1, wb.snapshot().audit().size(), "an export from the screen still has the whole trail");

            ModelSample.await(wb.edit(p -> p.undo()));
            assertEquals(Set.of(Part.CODE_GROUPS), wb.updateProperty().get().change().parts(), "undo reports its change too");
            assertEquals(g.workingName(), wb.snapshot().codeGroups().get(0).workingName());
        }
    }

    @Test
    void searchRunsWhileTheProjectThreadIsBusy() throws Exception {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            CountDownLatch busy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Object> longEdit = wb.call(() -> {
                busy.countDown();
                return release.await(30, TimeUnit.SECONDS);
            });
            assertTrue(busy.await(10, TimeUnit.SECONDS));
            try {
                SearchResult r = ModelSample.await(wb.search("trygg*", SearchFilter.NONE, 0, 10));
                assertTrue(r.passages() > 0, "the sample speaks of feeling safe");
                assertFalse(longEdit.isDone(), "the search did not wait for the project thread");
            } finally {
                release.countDown();
            }
            ModelSample.await(longEdit);
        }
    }
}

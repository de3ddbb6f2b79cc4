package org.kondens.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.model.Informant;
import org.kondens.core.stc.StcProject;

/** Finding an informant by label asks SQLite for candidates only, and finds exactly what comparing every label would. */
class InformantLabelLookupTest {

    @TempDir
    Path dir;

    @Test
    void theLookupAgreesWithComparingEveryLabelIgnoringCase() {
        List<String> stored = List.of("EK1", "Informant 2", "Øyvind", "ınformant 3", "Kåre", "\u212Aari", "Ola Nordmann", "ſara");
        List<String> asked = List.of("ek1", "EK1", "informant 2", "INFORMANT 2", "øyvind", "ØYVIND", "Informant 3", "informant 3",
                "kåre", "KÅRE", "kari", "KARI", "ola nordmann", "Sara", "SARA", "ek2", "Øyvind ", "", "Informant");
        try (StcProject p = TestProjects.newProject(dir)) {
            stored.forEach(p::addInformant);
            for (String label : asked) {
                Optional<UUID> everyLabel = p.snapshot().informants().stream()
                        .filter(i -> i.label().equalsIgnoreCase(label)).map(Informant::id).findFirst();
                Optional<UUID> looked = p.database().read(s -> new ProjectRepository(s).informantIdByLabel(label));
                assertEquals(everyLabel, looked, "'" + label + "'");
            }
            assertEquals(p.findInformant("ınformant 3").id(),
                    p.database().read(s -> new ProjectRepository(s).informantIdByLabel("INFORMANT 3")).orElseThrow(),
                    "a dotless ı is an I to Java, so to Kondens");
        }
    }
}

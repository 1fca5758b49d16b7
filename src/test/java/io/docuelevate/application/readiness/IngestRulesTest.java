package io.docuelevate.application.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.readiness.ReadinessItem.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestRulesTest {

    @Test
    void noFoldersPasses() {
        assertEquals(Status.PASS, IngestRules.watchFolders(List.of()).status());
    }

    @Test
    void aMissingFolderWarnsAndIsNamed() {
        ReadinessItem item = IngestRules.watchFolders(List.of(
                new WatchFolderFacts.Folder("/srv/a", null),
                new WatchFolderFacts.Folder("/srv/b", "folder does not exist")));
        assertEquals(Status.WARN, item.status());
        assertEquals("watch_folders", item.id());
        assertTrue(item.evidence().contains("1 of 2") && item.evidence().contains("/srv/b (folder does not exist)"));
    }

    @Test
    void readableFoldersPass() {
        assertEquals(
                Status.PASS,
                IngestRules.watchFolders(List.of(new WatchFolderFacts.Folder("/srv/a", null)))
                        .status());
    }
}

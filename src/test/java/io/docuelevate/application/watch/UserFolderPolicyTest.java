package io.docuelevate.application.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFolderPolicyTest {

    @TempDir
    Path base;

    private Path root;
    private Path outside;

    @BeforeEach
    void folders() throws IOException {
        root = Files.createDirectories(base.resolve("users"));
        outside = Files.createDirectories(base.resolve("etc"));
        Files.createDirectories(root.resolve("alice/scans"));
    }

    private String refused(String path, List<Path> roots) {
        IntegrationException e = assertThrows(IntegrationException.class, () -> UserFolderPolicy.resolve(path, roots));
        assertEquals(IntegrationException.Reason.INVALID, e.reason());
        return e.getMessage();
    }

    @Test
    void aFolderInsideARootIsAllowedAsItsRealPath() throws IOException {
        assertEquals(
                root.resolve("alice/scans").toRealPath(),
                UserFolderPolicy.resolve(root.resolve("alice/scans").toString(), List.of(root)));
    }

    @Test
    void withoutRootsEveryFolderIsRefused() {
        assertTrue(refused(root.resolve("alice").toString(), List.of()).contains("USER_WATCH_FOLDER_ROOTS"));
    }

    @Test
    void theRootItselfAndPathsOutsideAreRefused() {
        assertTrue(refused(root.toString(), List.of(root)).contains("USER_WATCH_FOLDER_ROOTS"));
        assertTrue(refused(outside.toString(), List.of(root)).contains("USER_WATCH_FOLDER_ROOTS"));
        assertTrue(refused("/etc", List.of(root)).contains("USER_WATCH_FOLDER_ROOTS"));
    }

    @Test
    void dotDotCannotClimbOut() {
        assertTrue(refused(root.resolve("alice/../../etc").toString(), List.of(root))
                .contains("roots"));
        assertTrue(refused(root + "/../etc", List.of(root)).contains("roots"));
    }

    @Test
    void aSiblingWithTheRootAsNamePrefixIsOutside() throws IOException {
        Path sibling = Files.createDirectories(base.resolve("users-evil"));
        refused(sibling.toString(), List.of(root));
    }

    @Test
    void aSymbolicLinkInsideARootPointingOutIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("escape"), outside);
        assertTrue(refused(link.toString(), List.of(root)).contains("symbolic links are resolved"));
    }

    @Test
    void aSymbolicLinkStayingInsideIsAllowed() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("shortcut"), root.resolve("alice/scans"));
        assertEquals(
                root.resolve("alice/scans").toRealPath(), UserFolderPolicy.resolve(link.toString(), List.of(root)));
    }

    @Test
    void relativeMissingBlankAndFilePathsAreRefused() throws IOException {
        assertTrue(refused("alice/scans", List.of(root)).contains("absolute"));
        assertTrue(refused(" ", List.of(root)).contains("required"));
        assertTrue(refused(null, List.of(root)).contains("required"));
        assertTrue(refused(root.resolve("bob").toString(), List.of(root)).contains("does not exist"));
        Path file = Files.writeString(root.resolve("alice/note.txt"), "x");
        assertTrue(refused(file.toString(), List.of(root)).contains("not a folder"));
    }

    @Test
    void aRootThatIsItselfALinkIsResolvedToo() throws IOException {
        Path linkedRoot = Files.createSymbolicLink(base.resolve("linked-users"), root);
        assertEquals(
                root.resolve("alice/scans").toRealPath(),
                UserFolderPolicy.resolve(linkedRoot.resolve("alice/scans").toString(), List.of(linkedRoot)));
    }
}

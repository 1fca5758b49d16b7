package io.docuelevate.infrastructure.readiness;

import io.docuelevate.application.readiness.WatchFolderFacts;
import io.docuelevate.application.watch.WatchFolders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** {@link WatchFolderFacts} from the watched folders, each checked now (and by this replica's last scan). */
@ApplicationScoped
public class ScannedWatchFolderFacts implements WatchFolderFacts {

    @Inject
    WatchFolders folders;

    @Override
    public List<Folder> folders() {
        try {
            return folders.inspect().stream()
                    .map(s -> new Folder(s.folder(), s.error()))
                    .toList();
        } catch (RuntimeException e) {
            return List.of(new Folder(
                    "(watch folders)", "cannot be listed: " + e.getClass().getSimpleName()));
        }
    }
}

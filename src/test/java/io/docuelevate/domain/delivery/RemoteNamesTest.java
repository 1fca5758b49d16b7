package io.docuelevate.domain.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RemoteNamesTest {

    @Test
    void theSuffixGoesBeforeTheLastExtension() {
        List<String> names = RemoteNames.candidates("Rechnung.2026.pdf");
        assertEquals("Rechnung.2026.pdf", names.get(0));
        assertEquals("Rechnung.2026_2.pdf", names.get(1));
        assertEquals("Rechnung.2026_20.pdf", names.get(RemoteNames.ATTEMPTS - 1));
        assertEquals(
                List.of("README", "README_2"), RemoteNames.candidates("README").subList(0, 2));
        assertEquals(".hidden_2", RemoteNames.candidates(".hidden").get(1));
    }

    @Test
    void putTakesTheFirstFreeNameAndNeverOverwrites() throws RemoteStoreException {
        Set<String> taken = new HashSet<>(Set.of("a.pdf", "a_2.pdf"));
        List<String> tried = new ArrayList<>();
        RemoteStore store = new NameOnlyStore(taken, tried);

        assertEquals("a_3.pdf", store.put(DeliveredDocument.plain(Path.of("x"), "a.pdf")));
        assertEquals(List.of("a.pdf", "a_2.pdf", "a_3.pdf"), tried);

        RemoteNames.candidates("b.pdf").forEach(taken::add);
        RemoteStoreException full = assertThrows(
                RemoteStoreException.class, () -> store.put(DeliveredDocument.plain(Path.of("x"), "b.pdf")));
        assertEquals(false, full.isTransient());
    }

    @Test
    void aDeliveredDocumentKeepsCopiesOfItsFacts() {
        List<String> tags = new ArrayList<>(List.of("invoice"));
        DeliveredDocument document = new DeliveredDocument(Path.of("x"), "x.pdf", "X", tags, "ACME", Map.of());
        tags.add("later");
        assertEquals(List.of("invoice"), document.tags());
    }

    private record NameOnlyStore(Set<String> taken, List<String> tried) implements RemoteStore {
        @Override
        public boolean putIfAbsent(String name, DeliveredDocument document) {
            tried.add(name);
            return taken.add(name);
        }

        @Override
        public List<RemoteEntry> list() {
            return List.of();
        }

        @Override
        public void get(String name, Path target) {}

        @Override
        public void delete(String name) {}

        @Override
        public void test() {}
    }
}

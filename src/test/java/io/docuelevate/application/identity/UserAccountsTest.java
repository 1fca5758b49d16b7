package io.docuelevate.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.audit.AuditEvent;
import io.docuelevate.domain.identity.Caller;
import io.docuelevate.domain.identity.LocalUser;
import io.docuelevate.domain.identity.LocalUserRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserAccountsTest {

    private final List<LocalUser> stored = new ArrayList<>();
    private final List<AuditEvent> audited = new ArrayList<>();
    private Optional<String> builtInAdminPassword = Optional.empty();
    private UserAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new UserAccounts();
        accounts.users = new Users();
        accounts.passwordHash = new PasswordHashing() {
            @Override
            public String hash(char[] password) {
                return "hash:" + new String(password);
            }

            @Override
            public boolean verify(char[] password, String hash) {
                return hash.equals(hash(password));
            }
        };
        accounts.settings = new Settings();
        accounts.audit = new AuditLog();
        accounts.audit.events = new AuditEvents() {
            @Override
            public void add(AuditEvent event) {
                audited.add(event);
            }

            @Override
            public List<AuditEvent> recent(String action, int limit) {
                return audited;
            }

            @Override
            public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
                return audited;
            }

            @Override
            public long count(AuditFilter filter) {
                return audited.size();
            }
        };
    }

    @Test
    void anAdministratorDisablesEnablesAndPromotesAnotherUserAndEachChangeIsAudited() {
        LocalUser alice = user("alice", true);
        LocalUser bob = user("bob", false);

        accounts.update(id(bob), false, null, caller(alice), "10.0.0.1");
        assertFalse(bob.isActive());
        accounts.update(id(bob), true, true, caller(alice), "10.0.0.1");
        assertTrue(bob.isActive() && bob.isAdmin());

        assertEquals(2, audited.size());
        assertEquals("user.update", audited.get(1).getAction());
        assertEquals("bob", audited.get(1).getResourceId());
        assertEquals("{\"is_active\":true,\"is_admin\":true}", audited.get(1).getDetails());
    }

    @Test
    void nobodyDisablesOrDemotesTheirOwnAccount() {
        user("other-admin", true);
        LocalUser alice = user("alice", true);
        for (Boolean[] change : new Boolean[][] {{false, null}, {null, false}}) {
            UserAccountException e = assertThrows(
                    UserAccountException.class,
                    () -> accounts.update(id(alice), change[0], change[1], caller(alice), null));
            assertEquals(UserAccountException.Reason.OWN_ACCOUNT, e.reason());
            assertEquals(409, e.status());
        }
        assertTrue(alice.isActive() && alice.isAdmin());
        assertTrue(audited.isEmpty());
    }

    @Test
    void theLastActiveAdministratorStaysUnlessTheBuiltInAdministratorIsConfigured() {
        LocalUser alice = user("alice", true);
        LocalUser bob = user("bob", false);
        Caller builtIn = new Caller("admin", "admin", Set.of(Caller.ROLE_ADMIN), Caller.AuthMethod.SESSION, null);

        UserAccountException e =
                assertThrows(UserAccountException.class, () -> accounts.update(id(alice), null, false, builtIn, null));
        assertEquals(UserAccountException.Reason.LAST_ADMIN, e.reason());
        assertThrows(UserAccountException.class, () -> accounts.update(id(alice), false, null, builtIn, null));
        assertTrue(alice.isAdmin() && alice.isActive());

        accounts.update(id(bob), null, true, builtIn, null);
        accounts.update(id(alice), null, false, builtIn, null);
        assertFalse(alice.isAdmin(), "with a second active admin the first one may be demoted");

        builtInAdminPassword = Optional.of("Adm1n-Passw0rd!");
        accounts.update(id(bob), false, null, builtIn, null);
        assertFalse(bob.isActive(), "the built-in administrator remains, so nobody is locked out");
    }

    @Test
    void aNewPasswordReplacesTheHashAndWeakOrUnknownOnesAreRefused() {
        LocalUser admin = user("alice", true);
        LocalUser bob = user("bob", false);

        accounts.setPassword(id(bob), "N3w-Passw0rd", caller(admin), null);
        assertEquals("hash:N3w-Passw0rd", bob.getHashedPassword());
        assertEquals("user.set_password", audited.get(0).getAction());
        assertEquals(null, audited.get(0).getDetails(), "the password is never audited");

        UserAccountException weak = assertThrows(
                UserAccountException.class, () -> accounts.setPassword(id(bob), "short", caller(admin), null));
        assertEquals(422, weak.status());
        UserAccountException unknown = assertThrows(
                UserAccountException.class, () -> accounts.setPassword(999, "N3w-Passw0rd", caller(admin), null));
        assertEquals(UserAccountException.Reason.NOT_FOUND, unknown.reason());
        assertThrows(UserAccountException.class, () -> accounts.update(id(bob), null, null, caller(admin), null));
    }

    private LocalUser user(String name, boolean admin) {
        LocalUser user = new LocalUser(name, null, "hash:initial-password", admin);
        stored.add(user);
        return user;
    }

    private long id(LocalUser user) {
        return stored.indexOf(user) + 1;
    }

    private static Caller caller(LocalUser user) {
        return new Caller(
                user.getUsername(), user.getUsername(), Set.of(Caller.ROLE_ADMIN), Caller.AuthMethod.SESSION, null);
    }

    /** Users kept in the list; the id is the position plus one. */
    private final class Users implements LocalUserRepository {
        @Override
        public Optional<LocalUser> byUsername(String username) {
            return stored.stream().filter(u -> u.getUsername().equals(username)).findFirst();
        }

        @Override
        public Optional<LocalUser> byId(long id) {
            return id >= 1 && id <= stored.size() ? Optional.of(stored.get((int) id - 1)) : Optional.empty();
        }

        @Override
        public long countActiveAdmins() {
            return stored.stream().filter(u -> u.isActive() && u.isAdmin()).count();
        }

        @Override
        public boolean isActiveAdmin(String username) {
            return byUsername(username).map(u -> u.isActive() && u.isAdmin()).orElse(false);
        }

        @Override
        public void add(LocalUser user) {
            stored.add(user);
        }

        @Override
        public List<LocalUser> all() {
            return stored;
        }
    }

    private final class Settings implements IdentitySettings {
        @Override
        public boolean authEnabled() {
            return true;
        }

        @Override
        public Optional<String> sessionSecret() {
            return Optional.empty();
        }

        @Override
        public String adminUsername() {
            return "admin";
        }

        @Override
        public Optional<String> adminPassword() {
            return builtInAdminPassword;
        }

        @Override
        public String adminGroupName() {
            return "admin";
        }

        @Override
        public Optional<String> publicBaseUrl() {
            return Optional.empty();
        }

        @Override
        public boolean unownedDocumentsVisibleToAll() {
            return false;
        }
    }
}

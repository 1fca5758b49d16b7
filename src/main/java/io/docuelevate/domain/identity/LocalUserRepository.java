package io.docuelevate.domain.identity;

import java.util.List;
import java.util.Optional;

/** Where local users are kept. */
public interface LocalUserRepository {

    Optional<LocalUser> byUsername(String username);

    Optional<LocalUser> byId(long id);

    /** How many local users are active administrators. */
    long countActiveAdmins();

    /** Whether this user name belongs to an active administrator. */
    boolean isActiveAdmin(String username);

    /** Stores a new user and assigns its id. */
    void add(LocalUser user);

    /** All users, oldest first. */
    List<LocalUser> all();
}

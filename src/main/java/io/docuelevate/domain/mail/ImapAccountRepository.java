package io.docuelevate.domain.mail;

import java.util.List;
import java.util.Optional;

/** Port: users' mailboxes, always looked up with their owner (someone else's account is not found). */
public interface ImapAccountRepository {

    List<ImapAccount> list(String ownerId);

    Optional<ImapAccount> find(String ownerId, long id);

    /** Every active account of every user: what the poller reads. */
    List<ImapAccount> active();

    ImapAccount add(ImapAccount account);

    ImapAccount update(ImapAccount account);

    void remove(ImapAccount account);
}

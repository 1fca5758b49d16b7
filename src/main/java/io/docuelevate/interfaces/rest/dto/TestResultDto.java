package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.mail.ImapAccounts;
import io.docuelevate.application.watch.Integrations;

/** The answer of a connection test of a mailbox or an integration: {@code {success, message}}. */
public record TestResultDto(boolean success, String message) {

    public static TestResultDto from(ImapAccounts.TestResult result) {
        return new TestResultDto(result.success(), result.message());
    }

    public static TestResultDto from(Integrations.TestResult result) {
        return new TestResultDto(result.success(), result.message());
    }
}

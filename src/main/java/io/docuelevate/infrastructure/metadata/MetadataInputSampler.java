package io.docuelevate.infrastructure.metadata;

/**
 * The reference's input sampling for the metadata prompt (spec §2.6): a text longer than the token
 * budget keeps about 88 % of the budget from its head and 12 % from its tail, joined by a
 * {@value #MARKER} marker, so the letterhead and the totals or signature both reach the model.
 * Tokens are estimated at three characters each, as the reference does without a tokenizer.
 */
public final class MetadataInputSampler {

    public static final String MARKER = "[Document ending]";
    public static final int CHARS_PER_TOKEN = 3;
    public static final int MIN_TOKENS = 1000;
    static final double HEAD_SHARE = 0.88;

    private MetadataInputSampler() {}

    /** The text itself when it fits {@code maxTokens} (at least {@value #MIN_TOKENS}), else head + marker + tail. */
    public static String sample(String text, int maxTokens) {
        String value = text == null ? "" : text;
        int budget = Math.max(MIN_TOKENS, maxTokens) * CHARS_PER_TOKEN;
        if (value.length() <= budget) {
            return value;
        }
        int head = (int) Math.round(budget * HEAD_SHARE);
        int tail = budget - head;
        return value.substring(0, head) + "\n\n" + MARKER + "\n\n" + value.substring(value.length() - tail);
    }
}

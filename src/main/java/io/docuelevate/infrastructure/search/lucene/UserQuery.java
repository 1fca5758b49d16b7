package io.docuelevate.infrastructure.search.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * What a user typed, as a Lucene query over the searched fields: every word must match somewhere (in any
 * field, German- or English-stemmed), {@code "quoted words"} must match as a phrase, {@code word*} is a
 * prefix. Nothing else of the query parser's syntax is exposed, so no input can fail to parse or reach
 * fields it should not; like Meilisearch, only the first {@value #MAX_TERMS} words and phrases count.
 *
 * <p>A word is looked up by both of its stems (one term when they agree); a phrase by its German stems only
 * ({@link SearchAnalyzer#phrases()}), which stand at every indexed position, so that reading candidates'
 * positions, the dearest part of a search, is done once per phrase, and only up to its first occurrence in a
 * document ({@link #fieldWeightOnly}).
 */
final class UserQuery {

    static final int MAX_TERMS = 32;
    private static final int MIN_PREFIX_LENGTH = 2;

    private UserQuery() {}

    /** The query, or {@code null} when the text has nothing searchable (blank, only stop words or punctuation). */
    static Query parse(String text, SearchAnalyzer analyzer) {
        MultiFieldQueryParser words = parser(analyzer);
        MultiFieldQueryParser phrases = parser(analyzer.phrases());
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String part : parts(text)) {
            Query query;
            try {
                query = part.startsWith("\"") ? fieldWeightOnly(phrases.parse(part)) : words.parse(part);
            } catch (ParseException | RuntimeException e) {
                continue;
            }
            if (query == null
                    || query instanceof MatchNoDocsQuery
                    || query instanceof BooleanQuery bool && bool.clauses().isEmpty()) {
                continue;
            }
            all.add(query, BooleanClause.Occur.MUST);
            clauses++;
        }
        return clauses == 0 ? null : all.build();
    }

    /**
     * A phrase scores by the weights of the fields it occurs in, not by how often it occurs there (as Meilisearch
     * ranks by attribute, not by frequency): counting every occurrence of a phrase in every matching document, only to
     * score it, read all their positions and cost as much as finding the matches.
     */
    private static Query fieldWeightOnly(Query phrase) {
        if (phrase instanceof BooleanQuery bool) {
            BooleanQuery.Builder constant = new BooleanQuery.Builder();
            bool.clauses().forEach(clause -> constant.add(fieldWeightOnly(clause.getQuery()), clause.getOccur()));
            return constant.build();
        }
        if (phrase instanceof BoostQuery boost) {
            return new BoostQuery(fieldWeightOnly(boost.getQuery()), boost.getBoost());
        }
        return phrase instanceof MatchNoDocsQuery ? phrase : new ConstantScoreQuery(phrase);
    }

    private static MultiFieldQueryParser parser(Analyzer analyzer) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                LuceneFields.SEARCHED.keySet().stream().sorted().toArray(String[]::new),
                analyzer,
                LuceneFields.SEARCHED);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        return parser;
    }

    /** The user's words and phrases as escaped query-parser syntax, one string each (package-visible for tests). */
    static String toParserSyntax(String text) {
        return String.join(" ", parts(text));
    }

    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length && parts.size() < MAX_TERMS) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' && text.indexOf('"', i + 1) > i + 1) {
                int close = text.indexOf('"', i + 1);
                String phrase = text.substring(i + 1, close).strip();
                if (!phrase.isEmpty()) {
                    parts.add('"' + QueryParserBase.escape(phrase) + '"');
                }
                i = close + 1;
            } else {
                int end = i;
                while (end < length && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                String word = word(text.substring(i, end));
                if (word != null) {
                    parts.add(word);
                }
                i = end;
            }
        }
        return parts;
    }

    private static String word(String raw) {
        String word = raw.replace("\"", "");
        boolean prefix = word.endsWith("*");
        String stem = word.replaceAll("\\*+$", "");
        if (stem.isEmpty()) {
            return null;
        }
        if (stem.equals("AND") || stem.equals("OR") || stem.equals("NOT")) {
            stem = stem.toLowerCase(Locale.ROOT);
        }
        String escaped = QueryParserBase.escape(stem);
        return prefix && stem.codePointCount(0, stem.length()) >= MIN_PREFIX_LENGTH ? escaped + "*" : escaped;
    }
}

package org.parallax.nlp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A subject named by its title alone, for {@link EventExtractor}: "The Minister will undertake a working visit to
 * Bangkok", "the patriarch met the city's mayor", "Yesterday, the Special Envoy was in Riyadh". It is the person the
 * article introduced with that title ("the Minister of Foreign Affairs, X", "Patriarch X", "The Special Envoy for Yemen,
 * X", "Lieutenant General X", "The High Commissioner of Sri Lanka to Pakistan, Mr. X"), the last one before the
 * sentence; not simply the first party of the event told last (an ambassador who called on the minister).
 */
final class TitledSubject {
    private TitledSubject() {
    }

    private static final Pattern SUBJECT = Pattern.compile("^\\W*" + EventExtractor.FRONTED + "the\\s+((special|personal|deputy)\\s+)?"
            + EventExtractor.TITLE_NOUN + "\\b", Pattern.CASE_INSENSITIVE);
    /** How far before a name its title may stand ("the Minister of Foreign Affairs, X"). */
    private static final int WINDOW = 70;

    /** A courtesy title between the title and the name: "The High Commissioner of Sri Lanka, Mr. X". */
    private static final String HONORIFIC = "((Mr|Mrs|Ms|Dr|Sir|Dame)\\.?\\s+)?";

    /** The title with its person right after it: "The Personal Envoy for Sudan, X, will travel". */
    private static final Pattern NAMED_AFTER = Pattern.compile("^(\\s+(of|for|to)\\s+[^,.;]{1,60}?)?,\\s*(?-i:\\p{Lu})");

    /** Whether the sentence's title subject is followed by the name of its holder (then it is no reference back). */
    static boolean namedRightAfter(String sentenceText) {
        Matcher m = SUBJECT.matcher(sentenceText);
        return m.find() && NAMED_AFTER.matcher(sentenceText.substring(m.end())).find();
    }

    static Optional<Long> of(String text, String sentenceText, int sentenceStart, List<Mention> mentions) {
        Matcher m = SUBJECT.matcher(sentenceText);
        if (!m.find()) return Optional.empty();
        String title = m.group(m.groupCount()).replaceAll("\\s+", "\\\\s+");
        Pattern introduced = Pattern.compile("\\b" + title + "\\b((\\s+(of|for|to)\\s+[^,.;]{1,50}?)?,\\s*|\\s+)" + HONORIFIC + "$",
                Pattern.CASE_INSENSITIVE);
        Long found = null;
        for (Mention x : mentions) {
            if (x.entityId() == null || x.type() != EntityType.PERSON || x.end() > sentenceStart) continue;
            if (introduced.matcher(text.substring(Math.max(0, x.start() - WINDOW), x.start())).find()) found = x.entityId();
        }
        return Optional.ofNullable(found);
    }
}

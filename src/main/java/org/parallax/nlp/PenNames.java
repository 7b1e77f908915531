package org.parallax.nlp;

import java.util.List;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A pen name the article gives a writer: "Helen Marsh, who writes as J. T. Crane", "a novelist writing under the name
 * Max Orr", "The crime writer known as J. T. Crane is Helen Marsh". The pen name is the writer wherever the article uses
 * it. Left apart, the pen name was a person of its own (issue 15: entities17). Used by the linker's step for declared
 * aliases, which finds the writer before the alias; here also after it, when the alias is the subject of "is" / "was".
 */
final class PenNames {
    private PenNames() {
    }

    /** Right before a pen name: "writes as", "writing under the name", "wrote as", "pen name", "pseudonym". */
    private static final Pattern PEN_NAME_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:(?:writes|writing|wrote|written|publishes|published)"
            + "(?:\\s+\\p{Ll}+){0,2}\\s+(?:as|under(?:\\s+the\\s+(?:name|pen\\s*name|pseudonym))?)|pen[- ]?name|pseudonym)[,:]?\\s+$");
    /** Right after an alias, the verb that names who it is: "J. T. Crane is Helen Marsh", "was in fact". */
    private static final Pattern IS_AFTER = Pattern.compile("^,?\\s+(?:is|was)(?:\\s+(?:in\\s+fact|really|actually))?\\s+$");

    /** Whether the words right before a mention give it as a pen name. */
    static boolean isPenName(String text, Mention alias) {
        if (alias.start() < 0 || alias.start() > text.length()) return false;
        return PEN_NAME_BEFORE.matcher(text.substring(Math.max(0, alias.start() - 40), alias.start())).find();
    }

    /**
     * The person's full name the alias is said to be, right after it: "known as [J. T. Crane] is [Helen Marsh]"; null when
     * the next mention is not a person's name of two words or more, or "is" / "was" does not stand between.
     */
    static Integer personAfter(String text, List<Mention> mentions, List<Integer> linkable, Mention alias) {
        Integer next = null;
        for (int p : linkable) {
            Mention m = mentions.get(p);
            if (m.start() < alias.end()) continue;
            if (next == null || m.start() < mentions.get(next).start()) next = p;
        }
        if (next == null) return null;
        Mention m = mentions.get(next);
        if (m.type() != EntityType.PERSON || !EntityLinker.clean(m.text()).contains(" ") || m.start() > text.length()) return null;
        return IS_AFTER.matcher(text.substring(alias.end(), m.start())).matches() ? next : null;
    }
}

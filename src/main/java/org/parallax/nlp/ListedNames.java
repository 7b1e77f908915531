package org.parallax.nlp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * People written surname first in a list: election results ("Okafor, Grace (Unity) 21,402"), a roll or a table
 * ("Pike, Laura 2,870"). The recogniser tags the surname and the given name as two people; left so, two candidates of
 * one surname were one person and the given name alone was the name shown. Each of the two words of such a line is the
 * person "Given Surname". Only when two or more lines of the article have that shape, so a list it is. Stateless.
 */
final class ListedNames {
    /** A line led by "Surname, Given" (one or two given names), then a bracket, a number or the line's end. */
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(?:[-–—•*][ \\t]*)?(\\p{Lu}[\\p{L}’'\\-]+),[ \\t]+"
            + "(\\p{Lu}[\\p{L}’'\\-]+(?:[ \\t]+\\p{Lu}[\\p{L}’'\\-]+)?)[ \\t]*(?:\\(|\\d|$)");

    private ListedNames() {
    }

    /** The mention as "Given Surname" when it is typed a person and lies in one of two or more list lines; else null. */
    static Mention surnameFirst(String text, Mention m, List<Mention> mentions) {
        if (m.type() != EntityType.PERSON || m.start() < 0 || m.end() > text.length()) return null;
        Matcher l = LINE.matcher(text);
        int lines = 0;
        String name = null;
        while (l.find()) {
            lines++;
            if (m.start() >= l.start(1) && m.end() <= l.end(2)) name = l.group(2) + " " + l.group(1);
        }
        return name != null && lines >= 2 ? EntityNames.copy(m, name, EntityType.PERSON) : null;
    }
}

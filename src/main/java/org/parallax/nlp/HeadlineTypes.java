package org.parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * A headline's name takes the type its body gives the same name (issue 15, entities18). A headline is short and cased
 * as a title, so the recogniser reads its names with little context: "Jakarta names Wulandari to run its flood
 * defences" typed the one-name engineer a place, "Imani batters St Lucia as Clarke orders shelters opened" typed the
 * island an organisation, while every sentence of the story typed them a person and a place. Only when every body
 * mention of the name has one type: "Leeds" the club and "Leeds" the city in one story leave the headline as it is.
 */
final class HeadlineTypes {
    private HeadlineTypes() {
    }

    private static final Set<EntityType> NAMED = Set.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION);
    /** The longest line a headline (or a section name above it) has. */
    private static final int HEADLINE_MAX = 160;

    /** {@code mentions} with each headline mention typed as the body's mentions of the same name are, where they agree. */
    static List<Mention> asBody(String text, List<Mention> mentions) {
        int end = headEnd(text);
        if (end <= 0) return mentions;
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention h = mentions.get(i);
            if (h.start() < 0 || h.start() >= end || !NAMED.contains(h.type())) continue;
            String form = EntityLinker.bare(h.text());
            EntityType body = null;
            boolean agree = true;
            for (Mention b : mentions) {
                if (b.start() < end || !EntityLinker.bare(b.text()).equals(form)) continue;
                if (body == null) body = b.type();
                else if (body != b.type()) agree = false;
            }
            if (body == null || !agree || body == h.type() || !NAMED.contains(body)) continue;
            if (out == null) out = new ArrayList<>(mentions);
            out.set(i, EntityNames.copy(h, h.text(), body));
        }
        return out == null ? mentions : out;
    }

    /**
     * Where the head of an article ends: its leading paragraphs that are one short line each without a closing full stop
     * (a section name, a headline), when a body follows; 0 when the text opens with a sentence or is one paragraph.
     */
    static int headEnd(String text) {
        int at = 0;
        int end = 0;
        while (at < text.length()) {
            while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r' || text.charAt(at) == ' ')) at++;
            int next = text.indexOf("\n\n", at);
            if (next < 0) break; // the last paragraph: the body, if a head came before it
            String para = text.substring(at, next).strip();
            if (para.isEmpty() || para.contains("\n") || para.length() > HEADLINE_MAX || para.endsWith(".")) break;
            end = next;
            at = next;
        }
        return end;
    }
}

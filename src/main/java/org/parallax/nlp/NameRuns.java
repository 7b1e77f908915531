package org.parallax.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Person names the recogniser cut short or typed wrongly, read from the article around them (issue 15): a given name
 * left out after a title ("President Recep Tayyip Erdogan" tagged "Tayyip Erdogan"), an inner name that stands for the
 * whole ("Lula" of "Luiz Inacio Lula da Silva"), and a town typed a person ("Rinteln's mayor", "a visit to Kendal").
 * Used by {@link EntityLinker} inside one article only.
 */
final class NameRuns {
    private NameRuns() {
    }

    /** A word of an office, not a name, after a title: "Lord Mayor Micky Murray", "Deputy Speaker". */
    private static final Pattern OFFICE = Pattern.compile("(?i)mayor|minister|speaker|chancellor|ambassador|commissioner|envoy|premier"
            + "|deputy|vice|chief|director|chairman|chairwoman|chair|leader|king|queen|emperor|empress|pope|bishop|judge|justice"
            + "|commander|admiral|colonel|captain|sergeant|constable|inspector|provost|attorney|councillor|alderman|mp|mep");
    /** A title word, then one capitalised word, right before a name: "President Recep ", "Minister Kyriakos ". */
    private static final Pattern TITLE_AND_WORD_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+(\\p{Lu}\\p{Ll}+)\\s$");

    /**
     * A person mention of two or more name words with one more capitalised word between it and a title right before it
     * ("Turkish President Recep Tayyip Erdogan" tagged "Tayyip Erdogan"), as one mention of the whole name; else null.
     * The recogniser leaves out an unfamiliar given name, and the cut name was a person of its own, not the "Recep
     * Tayyip Erdogan" of other articles. Not when the word is a title too or in another mention.
     */
    static Mention withGivenNameBefore(String text, Mention m, List<Mention> mentions) {
        // ... and either word of a name with a quoted nickname inside it: "Walter" and "Hennessy" of Walter "Buck" Hennessy
        Mention nicknamed = PersonCues.nicknamedWhole(text, m);
        if (nicknamed != null) return nicknamed;
        if (m.type() != EntityType.PERSON || m.start() < 2 || m.end() > text.length() || EntityLinker.tokens(m.text()).size() < 2
                || !EntityLinker.clean(m.text()).equals(m.text().strip())) return null;
        Matcher b = TITLE_AND_WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
        if (!b.find() || !EntityLinker.tokens(b.group(1)).isEmpty() || EntityLinker.tokens(b.group(2)).isEmpty()
                || OFFICE.matcher(b.group(2)).matches()) return null;
        int from = m.start() - (b.end() - b.start(2));
        for (Mention o : mentions) if (o != m && o.start() < m.start() && o.end() > from) return null;
        return new Mention(m.id(), m.articleId(), from, m.end(), text.substring(from, m.end()), m.type(), m.date(), m.entityId(),
                m.blockType(), m.origin(), m.rejected());
    }

    /** Between the two parts of one name: the particles of a surname ("bin", "van den", "de la", "e"), nothing else. */
    private static final Pattern PARTICLES = Pattern.compile("\\s+(?:(?:bin|binti|bint|ibn|abu|al|el|e|y|van|von|de|da|das|do|dos"
            + "|del|della|di|du|der|den|dem|la|le|las|los|ter|ten)\\s+){1,3}");
    /** The most characters {@link #PARTICLES} spans ("bin", "van den", "de la" and spaces): farther mentions are not tried. */
    private static final int MAX_PARTICLES_GAP = 32;
    /** Right before a place: the preposition that makes it the place it is ("in Riyadh bin ..."). */
    private static final Pattern AT_PLACE_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:in|at|to|from|near|into)\\s+$");

    /**
     * A person's name the recogniser cut at its particle ("Salem bin Awad" tagged the place "Salem" and the person "Awad",
     * "Henrique Gouveia e Melo" tagged "Henrique Gouveia" and "Melo"), as one person mention of the whole, for either
     * part; else null. The part after the particle is a person; the part before is capitalised words of any type, not
     * a place after "in", "at" or "to". Left apart, the surname alone was the participant and the given name a place.
     */
    static Mention acrossParticle(String text, Mention m, List<Mention> mentions) {
        if (m.start() < 0 || m.end() > text.length()) return null;
        for (Mention o : mentions) {
            if (o == m || o.start() < 0 || o.end() > text.length()) continue;
            Mention left = o.end() <= m.start() ? o : m;
            Mention right = left == o ? m : o;
            if (left.end() > right.start() || right.start() - left.end() > MAX_PARTICLES_GAP || right.type() != EntityType.PERSON
                    || left.type() == EntityType.DATE || !PARTICLES.matcher(text.substring(left.end(), right.start())).matches()
                    || !left.text().strip().matches("(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}\\p{Lu}[\\p{L}'’-]*")) continue;
            if (left.type() == EntityType.LOCATION
                    && AT_PLACE_BEFORE.matcher(text.substring(Math.max(0, left.start() - 8), left.start())).find()) continue;
            return new Mention(m.id(), m.articleId(), left.start(), right.end(), text.substring(left.start(), right.end()),
                    EntityType.PERSON, m.date(), m.entityId(), m.blockType(), m.origin(), m.rejected());
        }
        return null;
    }

    /**
     * The group a person form joins when its words are a run inside exactly one longer person name of the article,
     * neither that name's first words nor its last ("Lula" of "Luiz Inacio Lula da Silva"); empty when two full names
     * share the run. Runs at either end are {@link EntityLinker}'s own short forms. Left apart, the inner name was a
     * person of its own.
     */
    static Set<Integer> innerRunTargets(List<Mention> mentions, List<Integer> persons, int[] parent, int i) {
        List<String> t = EntityLinker.tokens(mentions.get(i).text());
        Set<Integer> out = new LinkedHashSet<>();
        if (t.isEmpty()) return out;
        for (int j : persons) {
            List<String> u = EntityLinker.tokens(mentions.get(j).text());
            // whole words only: "Smith" is no inner name of "Daniel Smith-Jones"
            if (EntityLinker.clean(mentions.get(j).text()).contains("-")) continue;
            for (int k = 1; k + t.size() < u.size(); k++) {
                if (u.subList(k, k + t.size()).equals(t)) {
                    out.add(EntityLinker.find(parent, j));
                    break;
                }
            }
        }
        return out.size() == 1 ? out : new LinkedHashSet<>();
    }

    /** Right before a town: a trip to or from it, or a town's office or people "of" it. */
    private static final Pattern PLACE_CUE_BEFORE = Pattern.compile("(?i)(?:(?:^|[^\\p{L}])(?:visit|visits|trip|journey|return|delegation"
            + "|flight|flights|travel|travelled|traveled)\\s+(?:to|from)|(?:^|[^\\p{L}])(?:mayor|council|town|city|village|residents|people"
            + "|outskirts|centre|center|streets|twin town|sister city)\\s+of)\\s+$");
    /** Right after a town: its office, people or twin ("Rinteln's mayor", "Kendal's twin town"). */
    private static final Pattern PLACE_CUE_AFTER = Pattern.compile("(?i)^[’']s\\s+(?:mayor|town hall|council|residents|streets"
            + "|outskirts|town centre|city centre|twin town|sister city|main square|high street)(?![\\p{L}])");
    /** Right after a name: what a person does or is ("Owen said", ", who", ", 34,"). */
    private static final Pattern PERSON_CUE_AFTER = Pattern.compile("^(?:\\s+(?:said|says|told|added|asked|wrote|met|spoke|thinks|believes"
            + "|is said|was born)(?![\\p{L}])|,?\\s+who(?![\\p{L}])|,\\s*\\d{1,3}\\s*[,.;])");
    /** Right before a name: a title ("Mr", "President", "Councillor"). */
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|president"
            + "|minister|councillor|councilor|senator|governor|mayor|prof|professor|rev)\\.?\\s+$");

    /** Right before a place: "in", "from", "near", "into", a move "to" ("comes to", "moved to", "flew back to"). */
    private static final Pattern PLACE_PREPOSITION_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:in|from|near|into|(?:come|comes|came"
            + "|coming|move|moves|moved|moving|return|returns|returned|travel|travels|travelled|traveled|go|goes|went|back|flew|flies)\\s+to)\\s+$");

    /**
     * Whether a one-word name typed an organisation is a place the article also types a place, written after a place's
     * preposition ("A Lagos kitchen comes to Leeds" beside "in Leeds"). Typed an organisation, the headline's town was an
     * entity of its own.
     */
    static boolean isPlaceTypedOrganisation(String text, Mention m, List<Mention> mentions) {
        if (m.type() != EntityType.ORGANIZATION || m.end() > text.length() || m.start() < 0) return false;
        String w = EntityLinker.bare(m.text());
        if (w.isEmpty() || w.contains(" ") || Acronyms.isAcronym(w)
                || !PLACE_PREPOSITION_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()) return false;
        for (Mention o : mentions) {
            if (o.type() == EntityType.LOCATION && EntityLinker.bare(o.text()).equalsIgnoreCase(w)) return true;
        }
        return false;
    }

    /**
     * One-word forms typed a person that the article writes only as a town: at least one mention with a place cue
     * ("a visit to Rinteln", "Rinteln's mayor", "the Mayor of Kendal") and none with a person cue (a title before, a
     * person's verb after), and no word of a longer person name of the article. Lower case. Typed a person, the twin
     * town was a participant of its visit and joined "Kendal Mint Cake".
     */
    static Set<String> townsTypedPeople(String text, List<Mention> mentions) {
        Set<String> inNames = new HashSet<>();
        for (Mention m : mentions) {
            List<String> t = m.type() == EntityType.PERSON ? EntityLinker.tokens(m.text()) : List.of();
            if (t.size() > 1) inNames.addAll(t);
        }
        Map<String, Boolean> placeCued = new HashMap<>();
        // "Port plan for Hai Phong wins backing" beside "at Hai Phong": a name of two or more words the article also
        // types a place is that place where no person cue says otherwise (issue 15, entities7)
        Set<String> places = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.LOCATION) places.add(EntityLinker.bare(m.text()).toLowerCase(Locale.ROOT));
        }
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON || m.end() > text.length() || m.start() < 0) continue;
            String w = EntityLinker.bare(m.text());
            if (w.contains(" ") && places.contains(w.toLowerCase(Locale.ROOT))) {
                String before = text.substring(Math.max(0, m.start() - 24), m.start());
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 24));
                boolean person = TITLE_BEFORE.matcher(before).find() || PERSON_CUE_AFTER.matcher(after).find();
                if (person) placeCued.put(w.toLowerCase(Locale.ROOT), false);
                else placeCued.putIfAbsent(w.toLowerCase(Locale.ROOT), true);
                continue;
            }
            if (w.isEmpty() || w.contains(" ") || !w.equals(m.text().strip().replaceAll("[’']s$", ""))) continue;
            String key = w.toLowerCase(Locale.ROOT);
            String before = text.substring(Math.max(0, m.start() - 24), m.start());
            String after = text.substring(m.start() + w.length(), Math.min(text.length(), m.start() + w.length() + 24));
            boolean person = inNames.contains(key) || TITLE_BEFORE.matcher(before).find() || PERSON_CUE_AFTER.matcher(after).find();
            boolean place = PLACE_CUE_BEFORE.matcher(before).find() || PLACE_CUE_AFTER.matcher(after).find();
            if (person) placeCued.put(key, false);
            else if (place) placeCued.putIfAbsent(key, true);
        }
        Set<String> out = new HashSet<>();
        placeCued.forEach((k, v) -> {
            if (v) out.add(k);
        });
        return out;
    }
}

package org.parallax.nlp;

import java.util.List;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Types the recogniser got wrong, told by a name's own form or its neighbours: a firm's legal or family ending ("Fenwick
 * & Sons", "Harrow & Co", "Norvane Ltd"); an acronym typed a place whose letters spell the one organisation the article
 * names ("Harwell Data Systems (HDS)", "the haulage firm known as HDS"); a lone word after "the" that is a word of a
 * longer organisation's or place's name in the article ({@link #namedThing}); a lone word typed a person in a list of places ("in Mayo and Clare",
 * "Singapore, Darwin and Yokosuka"); a name after a verb of where something is and "in" ("founded in Kendal"). Used
 * by {@link EntityLinker}'s retyping step. Stateless.
 */
final class TypeCues {
    /** A firm's ending: "& Sons", "and Son", "& Co.", "& Partners", "Ltd", "plc", "Inc.", "LLC", "GmbH". */
    private static final Pattern FIRM_END = Pattern.compile(
            "(?:\\s(?:&|and)\\s(?:Sons?|Daughters|Co\\.?|Company|Partners|Associates)|\\s(?:Ltd|Limited|plc|PLC|Inc|LLC|LLP|GmbH)\\.?)$");

    /** "the " right before a name (not "the elder", "the younger": those are a word between). */
    private static final Pattern THE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])[Tt]he\\s+$");
    /** A verb of where something is or began, and "in", right before a name: "founded in", "based in", "born in". */
    private static final Pattern WHERE_VERB_IN_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:born|based|founded|headquartered|raised"
            + "|settled|located|lives|lived|living|grew\\s+up)\\s+in\\s+$");
    /** A list's joint between two names: ", " or " and " or ", and ". */
    private static final Pattern LIST_JOINT = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)$");

    private TypeCues() {
    }

    /** The type a mention should have by these cues, or null when none applies. */
    static EntityType retype(String text, Mention m, List<Mention> mentions) {
        if (m.type() == EntityType.DATE || m.end() > text.length() || m.start() < 0) return null;
        String form = EntityLinker.clean(m.text()).replaceAll("[’']s$", "");
        if (m.type() != EntityType.ORGANIZATION && FIRM_END.matcher(form).find() && form.indexOf(' ') > 0) return EntityType.ORGANIZATION;
        if (m.type() == EntityType.LOCATION && spellsOneOrganisation(form, mentions)) return EntityType.ORGANIZATION;
        if (form.contains(" ") || Acronyms.isAcronym(form)) return null;
        String before = text.substring(Math.max(0, m.start() - 24), m.start());
        if (m.type() == EntityType.LOCATION || PersonCues.titleGender(text, m) != '-') return null;
        if (WHERE_VERB_IN_BEFORE.matcher(before).find() || m.type() == EntityType.PERSON && inListOfPlaces(text, m, mentions)) {
            return EntityType.LOCATION;
        }
        return null;
    }

    /**
     * A lone word typed a person right after "the", as one mention of the one longer organisation or place name in the
     * article that has it as a word: "The Whitcombe has given" is the "Whitcombe Foundation", "the Marchetti would open"
     * the "Delia Marchetti Library" (a person is not written with "the"; "the elder Fenwick" has a word between). Null
     * when there is no such name, or two.
     */
    static Mention namedThing(String text, Mention m, List<Mention> mentions) {
        if (m.type() != EntityType.PERSON || m.end() > text.length() || m.start() < 0) return null;
        String word = EntityLinker.clean(m.text()).replaceAll("[’']s$", "");
        if (word.contains(" ") || !THE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) return null;
        Mention thing = null;
        for (Mention o : mentions) {
            if (o.type() != EntityType.ORGANIZATION && o.type() != EntityType.LOCATION) continue;
            String name = EntityLinker.clean(o.text());
            if (!name.contains(" ") || !List.of(name.split("\\s+")).contains(word)) continue;
            if (thing != null && !EntityLinker.clean(thing.text()).equals(name)) return null;
            thing = o;
        }
        return thing == null ? null : EntityNames.copy(m, EntityLinker.clean(thing.text()), thing.type());
    }

    /**
     * Whether a lone word the article writes only once stands in a list whose other names are all places, joined to one
     * of them by "and": "in Mayo and Clare", "Singapore, Darwin and Yokosuka". Not an apposition ("The Princess of
     * Wales, Catherine, will"), nor a word the article names again ("Lincoln and Perth" beside "Lincoln's bid").
     */
    private static boolean inListOfPlaces(String text, Mention m, List<Mention> mentions) {
        String form = EntityLinker.clean(m.text()).replaceAll("[’']s$", "");
        boolean and = false;
        for (Mention o : mentions) {
            if (o == m || o.end() > text.length()) continue;
            if (EntityLinker.clean(o.text()).replaceAll("[’']s$", "").equals(form)) return false;
            String between = o.end() <= m.start() ? text.substring(o.end(), m.start()) : o.start() >= m.end() ? text.substring(m.end(), o.start()) : null;
            if (between == null || !LIST_JOINT.matcher(between).matches()) continue;
            if (o.type() != EntityType.LOCATION) return false;
            and |= between.contains("and");
        }
        return and;
    }

    /**
     * Whether an acronym's letters are those of exactly one organisation's name in the article and of no place's:
     * "HDS" beside "Harwell Data Systems". A place acronym beside its place ("UK" and "United Kingdom") stays a place.
     */
    private static boolean spellsOneOrganisation(String form, List<Mention> mentions) {
        String a = form.replace(".", "").replace("&", "");
        if (!Acronyms.isAcronym(form) || !a.chars().allMatch(Character::isLetter) || a.length() < 2) return false;
        String organisation = null;
        for (Mention o : mentions) {
            if (o.type() != EntityType.ORGANIZATION && o.type() != EntityType.LOCATION || Acronyms.isAcronym(o.text().strip())) continue;
            if (!Acronyms.acronyms(o.text()).contains(a)) continue;
            if (o.type() == EntityType.LOCATION) return false;
            String name = EntityLinker.clean(o.text());
            if (organisation != null && !organisation.equals(name)) return false;
            organisation = name;
        }
        return organisation != null;
    }
}

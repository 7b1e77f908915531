package org.parallax.nlp;

import java.util.List;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Organisations the recogniser typed otherwise, told by their own form: a firm's legal or family ending ("Fenwick &
 * Sons", "Harrow & Co", "Norvane Ltd"), and an acronym typed a place whose letters spell the one organisation the
 * article names ("Harwell Data Systems (HDS)", "the haulage firm known as HDS"). Used by {@link EntityLinker}'s
 * retyping step. Stateless.
 */
final class OrgCues {
    /** A firm's ending: "& Sons", "and Son", "& Co.", "& Partners", "Ltd", "plc", "Inc.", "LLC", "GmbH". */
    private static final Pattern FIRM_END = Pattern.compile(
            "(?:\\s(?:&|and)\\s(?:Sons?|Daughters|Co\\.?|Company|Partners|Associates)|\\s(?:Ltd|Limited|plc|PLC|Inc|LLC|LLP|GmbH)\\.?)$");

    private OrgCues() {
    }

    /** The type a mention should have by these cues (an organisation), or null when none applies. */
    static EntityType retype(String text, Mention m, List<Mention> mentions) {
        if (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.DATE) return null;
        String form = EntityLinker.clean(m.text()).replaceAll("[’']s$", "");
        if (FIRM_END.matcher(form).find() && form.indexOf(' ') > 0) return EntityType.ORGANIZATION;
        if (m.type() == EntityType.LOCATION && spellsOneOrganisation(form, mentions)) return EntityType.ORGANIZATION;
        return null;
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

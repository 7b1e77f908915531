package org.parallax.nlp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;

/**
 * Types the recogniser got wrong, told by a name's own form or its neighbours: a firm's legal or family ending ("Fenwick
 * & Sons", "Harrow & Co", "Norvane Ltd"); an acronym typed a place whose letters spell the one organisation the article
 * names ("Harwell Data Systems (HDS)", "the haulage firm known as HDS"); a lone word after "the" that is a word of a
 * longer organisation's or place's name in the article ({@link #namedThing}); a lone word typed a person in a list of places ("in Mayo and Clare",
 * "Singapore, Darwin and Yokosuka"); a name after a verb of where something is and "in" ("founded in Kendal"); a name
 * typed a person that has what only a company has ("Severn Trent's chief executive", "shares in Meta"); a saint's name
 * written after "in" or "from" ("in Saint Ives"). Used
 * by {@link EntityLinker}'s retyping step. Stateless.
 */
final class TypeCues {
    /** A firm's ending: "& Sons", "and Son", "& Co.", "& Partners", "Ltd", "plc", "Inc.", "LLC", "GmbH". */
    private static final Pattern FIRM_END = Pattern.compile(
            "(?:\\s(?:&|and)\\s(?:Sons?|Daughters?|Co\\.?|Company|Partners|Associates)|\\s(?:Ltd|Limited|plc|PLC|Inc|LLC|LLP|GmbH)\\.?)$");

    /** "the " right before a name (not "the elder", "the younger": those are a word between). */
    private static final Pattern THE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])[Tt]he\\s+$");
    /** A verb of where something is or began, and "in", right before a name: "founded in", "based in", "born in". */
    private static final Pattern WHERE_VERB_IN_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:born|based|founded|headquartered|raised"
            + "|settled|located|lives|lived|living|grew\\s+up)\\s+in\\s+$");
    /**
     * Right after a name, what only an organisation has: "Severn Trent's chief executive", "Meta's share price", "Tallis
     * Software's founder" (a person has no chief executive, share price or founder; a person may have shares).
     */
    private static final Pattern COMPANY_OWN_AFTER = Pattern.compile("^[’']s\\s+(?:chief\\s+executive|chief\\s+financial\\s+officer"
            + "|chairman|chairwoman|founders?|share\\s+price|shareholders|board\\s+of\\s+directors|subsidiary"
            + "|parent\\s+company)(?![\\p{L}])");
    /**
     * Right after a name, an apposition that calls it a company: "Tallis Software, the Leeds company behind ...", "X, the
     * water firm." Not "the company's founder" (a person of the company) nor "the bank manager" (the noun must end there).
     */
    private static final Pattern COMPANY_APPOSITION_AFTER = Pattern.compile("^,\\s+the\\s+(?:[\\p{L}-]+\\s+){0,3}(?:company|firm"
            + "|carmaker|brewer|retailer|utility|publisher|airline|insurer|lender|start-up|startup|producer|maker|manufacturer|miner)(?=\\s*[,.;:)]|\\s+(?:behind|that"
            + "|which|based|in|of|with|whose|owned|founded|known)(?![\\p{L}]))");
    /** Right before a name, what is said only of an organisation: "shares in Meta", "the chief executive of Severn Trent". */
    private static final Pattern COMPANY_OF_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:[Ss]hares\\s+in|chief\\s+executive\\s+of"
            + "|shareholders\\s+(?:of|in))\\s+$");
    /**
     * Right before a name, a noun that calls it a company: "the department store chain Alice Tennant", "the retailer X",
     * "the photo app X". The noun must end right before the name ("the bank manager Joe Hill" is a person).
     */
    private static final Pattern COMPANY_NOUN_BEFORE = Pattern.compile("(?:^|[^\\p{L}])[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:company|firm"
            + "|chain|retailer|carmaker|brewer|airline|insurer|lender|start-up|startup|app|brand|shipping\\s+line|ferry\\s+line)\\s+$");
    /**
     * Right before a name in apposition, a noun with "a", "its" or "their" that calls it a company: "ran a timber firm,
     * Sibles, before", "their company, Hale Consulting," (issue 15, entities16). The name must close with a comma.
     */
    private static final Pattern COMPANY_NOUN_COMMA_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s+"
            + "(?:[\\p{Ll}-]+\\s+){0,3}(?:company|firm|chain|retailer|carmaker|brewer|airline|insurer|lender|start-up|startup|utility"
            + "|publisher),\\s+$");
    /** A body's word before the place it serves, at a name's end: "Care Inspectorate Wales", "Arts Council England". */
    private static final Pattern BODY_BEFORE_PLACE = Pattern.compile("^(?:\\p{Lu}\\p{L}+\\s+){1,3}(?:Inspectorate|Commission|Authority"
            + "|Agency|Council|Service|Executive|Ombudsman|Regulator|Tribunal)\\s+(\\p{Lu}\\p{L}+)$");
    /** A line of a table of share prices: a name alone, then a signed change: "Harrow Bank +8.2%", "Alice Tennant -12.7%". */
    private static final Pattern PRICE_LINE = Pattern.compile("(?m)^[ \\t]*(\\p{Lu}[^\\n]*?)[ \\t]+[+\\-−–]\\d+(?:\\.\\d+)?%[ \\t]*$");

    /**
     * Whether the mention fills the name of a share-price line and another such line of the article names a mention
     * typed an organisation: a table of companies ("Alice Tennant -12.7%" below "Harrow Bank +8.2%").
     */
    static boolean inTableOfCompanies(String text, Mention m, List<Mention> mentions) {
        Matcher l = PRICE_LINE.matcher(text);
        boolean own = false;
        boolean company = false;
        while (l.find()) {
            int from = l.start(1);
            int to = l.end(1);
            if (m.start() == from && m.end() == to) own = true;
            for (Mention o : mentions) {
                if (o != m && o.type() == EntityType.ORGANIZATION && o.start() == from && o.end() == to) company = true;
            }
        }
        return own && company;
    }

    /** A place named after a saint, in two words: "St Ives", "St. Just", "Saint Ives", "Saint-Malo". */
    private static final Pattern SAINT_NAME = Pattern.compile("(?:St\\.?|Saint)[ -]\\p{Lu}[\\p{L}’'-]*");
    /** Right after a place, what only a place has: "Saint Ives's mayor", "Preston's station", "Jackson's pipes" (a town's works). */
    private static final Pattern PLACE_AFTER = Pattern.compile("^[’']s\\s+(?:mayor|station|airport|harbour|residents|streets|town\\s+centre"
            + "|city\\s+centre|high\\s+street|pipes|water\\s+supply|roads|bridges|schools|hospitals|population|suburbs|outskirts)(?![\\p{L}])");
    /** Right before a name, a word of where or a visit: "in", "at", "to", "from", "near", "visited", "a visit to". */
    private static final Pattern VISIT_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:in|at|to|from|near|outside|visited|visiting)\\s+$");
    /** Right before a name, what only a place is: "MP for Lincoln", "the mayor of Jackson", "residents of Jackson". */
    private static final Pattern PLACE_OF_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:MPs?\\s+for|[Mm]embers?\\s+for|[Mm]ayor\\s+of"
            + "|[Rr]esidents\\s+of|[Pp]eople\\s+of|[Oo]utskirts\\s+of)\\s+$");
    /** Right after a name, an apposition that makes it a place: "Jackson, the capital of Mississippi", ", a town in". */
    private static final Pattern PLACE_APPOSITION_AFTER = Pattern.compile("^,\\s+(?:the|a)\\s+(?:state\\s+|county\\s+|regional\\s+)?"
            + "(?:capital|county\\s+town|city|town|port|village)\\s+(?:of|in|on)\\s");
    /** Right after a lone name, its member of parliament: "Lincoln MP Jackson", "Lincoln's MP". */
    private static final Pattern MP_AFTER = Pattern.compile("^(?:[’']s)?\\s+MPs?(?![\\p{L}])");
    /** Right before a name, a word of where: "in", "from", "near" (not "to": "prayed to Saint Jude"). */
    private static final Pattern PLACE_WORD_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:in|from|near)\\s+$");
    /** Right after a lone name, a band's noun: " band", " pop group", " rock band", " string quartet", " choir". */
    private static final Pattern BAND_NOUN_AFTER = Pattern.compile("^\\s+(?:(?:pop|rock|folk|indie|punk|jazz|boy|girl|string)\\s+)?"
            + "(?:band|duo|trio|quartet|choir|orchestra)(?![\\p{L}])|^\\s+(?:pop|rock|folk|indie|punk|jazz|boy|girl)\\s+group(?![\\p{L}])");
    /** Before a town that names a site: "its", "their", "the", "the new", "the old". */
    private static final Pattern SITE_OWNER_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:[Ii]ts|[Tt]heir|[Tt]he)\\s+(?:(?:new|old|former)\\s+)?$");
    /** After a town that names a site: a plant, a factory, a library ("its Coventry plant"). */
    private static final Pattern SITE_NOUN_AFTER = Pattern.compile("^\\s+(?:plant|factory|works|warehouse|depot|library|campus|offices?"
            + "|headquarters|refinery|mill|smelter|shipyard|yard|site|bakery|brewery|distillery|dairy|creamery)(?![\\p{L}])");
    /** After a lone name that names an airport, in lower case: "Okafor airport", "Kennedy airport" (not the man). */
    private static final Pattern AIRPORT_AFTER = Pattern.compile("^\\s+(?:airport|airfield|aerodrome)(?![\\p{L}])");
    /** A list's joint between two names: ", " or " and " or ", and ". */
    private static final Pattern LIST_JOINT = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)$");

    private TypeCues() {
    }

    /**
     * Joins a lone name right before "airport" ("Okafor airport") to the article's one mention of that name's airport in
     * full ("Okafor International Airport"): the short name is that airport. {@code linkable} indexes {@code mentions}.
     */
    static void joinAirports(String text, List<Mention> mentions, List<Integer> linkable, int[] parent) {
        for (int i : linkable) {
            Mention m = mentions.get(i);
            String form = EntityLinker.clean(m.text());
            if (form.contains(" ") || m.end() > text.length()) continue;
            if (!AIRPORT_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).find()) continue;
            Integer full = null;
            for (int j : linkable) {
                String other = EntityLinker.clean(mentions.get(j).text());
                if (!other.startsWith(form + " ") || !other.endsWith(" Airport")) continue;
                if (full != null && EntityLinker.find(parent, full) != EntityLinker.find(parent, j)) {
                    full = null;
                    break;
                }
                full = j;
            }
            if (full != null) EntityLinker.union(parent, full, i);
        }
    }

    /**
     * Whether a place-typed name is a body's name ending in the place it serves, that place written alone as a place in
     * the article: "Care Inspectorate Wales" beside "40 homes in Wales" (issue 15, entities16).
     */
    static boolean servesAPlace(String form, List<Mention> mentions) {
        Matcher b = BODY_BEFORE_PLACE.matcher(form);
        if (!b.matches()) return false;
        for (Mention o : mentions) {
            if (o.type() == EntityType.LOCATION && EntityLinker.clean(o.text()).equals(b.group(1))) return true;
        }
        return false;
    }

    /** The type a mention should have by these cues, or null when none applies. */
    static EntityType retype(String text, Mention m, List<Mention> mentions) {
        if (m.type() == EntityType.DATE || m.end() > text.length() || m.start() < 0) return null;
        String form = EntityLinker.bare(m.text());
        if (m.type() != EntityType.ORGANIZATION && FIRM_END.matcher(form).find() && form.indexOf(' ') > 0) return EntityType.ORGANIZATION;
        if (m.type() == EntityType.LOCATION && spellsOneOrganisation(form, mentions)) return EntityType.ORGANIZATION;
        if (m.type() == EntityType.LOCATION && BodiesOfPlaces.named(form)) return EntityType.ORGANIZATION; // "State Railway of Thailand"
        if (m.type() == EntityType.LOCATION && servesAPlace(form, mentions)) return EntityType.ORGANIZATION;
        if (m.type() == EntityType.PERSON && (companyOwned(text, form, mentions) || inTableOfCompanies(text, m, mentions))
                || m.type() == EntityType.LOCATION && form.indexOf(' ') > 0 && !form.contains(",") && calledACompany(text, form, mentions)) {
            return EntityType.ORGANIZATION;
        }
        if (companyFirstWordTypedPlace(text, m, form, mentions)) return EntityType.ORGANIZATION;
        if (m.type() == EntityType.PERSON && Awards.isAward(form)) return EntityType.MISC;
        if (m.type() == EntityType.PERSON && StreetNames.isStreet(form)) return EntityType.LOCATION;
        if (m.type() != EntityType.LOCATION && SAINT_NAME.matcher(form).matches() && saintPlace(text, form, mentions)) return EntityType.LOCATION;
        if (form.contains(" ") || Acronyms.isAcronym(form)) return null;
        String before = text.substring(Math.max(0, m.start() - 24), m.start());
        if (m.type() == EntityType.LOCATION || PersonCues.titleGender(text, m) != '-') return null;
        if (WHERE_VERB_IN_BEFORE.matcher(before).find() || m.type() == EntityType.PERSON && inListOfPlaces(text, m, mentions)) {
            return EntityType.LOCATION;
        }
        String after = text.substring(Math.min(text.length(), m.start() + form.length()), Math.min(text.length(), m.start() + form.length() + 40));
        // "The Dundee band Delaney", "the Sunderland pop group": a lone word between "the" and a band's noun is where the
        // band is from (typed an organisation, it was the city's football club)
        if (m.type() == EntityType.ORGANIZATION && THE_BEFORE.matcher(before).find() && BAND_NOUN_AFTER.matcher(after).find()) {
            return EntityType.LOCATION;
        }
        // ... and between "its" or "the" and a site's noun: "its Coventry plant", "the Penrith library" (the site's town)
        if (m.type() == EntityType.ORGANIZATION && SITE_OWNER_BEFORE.matcher(before).find() && SITE_NOUN_AFTER.matcher(after).find()) {
            return EntityType.LOCATION;
        }
        // ... and a lone name typed a person right before "airport": "Okafor airport opens new terminal" is the airport
        // named after Emeka Okafor, not the man (the headline's "Okafor" had joined him)
        if (m.type() == EntityType.PERSON && AIRPORT_AFTER.matcher(after).find()) return EntityType.LOCATION;
        // ... and a lone name typed a person or an organisation ("Lincoln MP Jackson backs") with what only a place is; a
        // word of where is no cue for an organisation ("a challenge to Chelsea's plan" is the club's)
        boolean placeOnly = PLACE_OF_BEFORE.matcher(before).find() || PLACE_AFTER.matcher(after).find()
                || PLACE_APPOSITION_AFTER.matcher(after).find() || MP_AFTER.matcher(after).find();
        if ((m.type() == EntityType.PERSON && (placeOnly || VISIT_BEFORE.matcher(before).find())
                || m.type() == EntityType.ORGANIZATION && placeOnly) && alsoAPlace(text, form, mentions)) {
            return EntityType.LOCATION;
        }
        return null;
    }

    /** Right after a name, a firm's family or partners ending the recogniser left out: "Whitlock & Daughter", "Hale and Sons". */
    private static final Pattern FIRM_END_AFTER = Pattern.compile("^\\s(?:&|and)\\s(?:Sons?|Daughters?|Co\\.?|Partners|Associates)(?![\\p{L}])");

    /**
     * The mention with the firm's ending right after it, as one organisation ("Whitlock" of "Whitlock & Daughter"); else
     * null. Left as the recogniser cut it, the bare surname was a person and joined the family the firm is named after.
     */
    static Mention firmEndingAfter(String text, Mention m) {
        if (m.type() == EntityType.DATE || m.start() < 0 || m.end() > text.length()) return null;
        Matcher f = FIRM_END_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
        if (!f.find()) return null;
        int end = m.end() + f.end();
        return new Mention(m.id(), m.articleId(), m.start(), end, text.substring(m.start(), end), EntityType.ORGANIZATION, m.date(),
                m.entityId(), m.blockType(), m.origin(), m.rejected());
    }

    /**
     * A lone word typed a person right after "the", as one mention of the one longer organisation or place name in the
     * article that has it as a word: "The Whitcombe has given" is the "Whitcombe Foundation", "the Marchetti would open"
     * the "Delia Marchetti Library" (a person is not written with "the"; "the elder Fenwick" has a word between). Null
     * when there is no such name, or two.
     */
    static Mention namedThing(String text, Mention m, List<Mention> mentions) {
        Mention firm = firmEndingAfter(text, m);
        if (firm != null) return firm;
        Mention saint = saintWhole(text, m, mentions);
        if (saint != null) return saint;
        Mention cut = cutName(text, m, mentions);
        if (cut != null) return cut;
        Mention award = Awards.wholeAward(text, m);
        if (award != null) return award;
        Mention company = FounderNames.company(text, m, mentions);
        if (company != null) return company;
        if (m.type() != EntityType.PERSON || m.end() > text.length() || m.start() < 0) return null;
        String word = EntityLinker.bare(m.text());
        if (word.contains(" ") || !THE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) return null;
        Mention thing = null;
        for (Mention o : mentions) {
            // ... or an award, whatever its type: "The Corrigan is given" is the "Corrigan Prize" (Awards)
            if (o.type() != EntityType.ORGANIZATION && o.type() != EntityType.LOCATION && !Awards.isAward(o.text())) continue;
            String name = EntityLinker.clean(o.text());
            if (!name.contains(" ") || !List.of(name.split("\\s+")).contains(word)) continue;
            if (thing != null && !EntityLinker.clean(thing.text()).equals(name)) return null;
            thing = o;
        }
        return thing == null ? null : EntityNames.copy(m, EntityLinker.clean(thing.text()), Awards.isAward(thing.text()) ? EntityType.MISC : thing.type());
    }

    /**
     * Whether a name typed a person is written, somewhere in the article, with what only an organisation has or is said
     * of ({@link #COMPANY_OWN_AFTER}, {@link #COMPANY_APPOSITION_AFTER}, {@link #COMPANY_OF_BEFORE}), whatever that
     * mention's type: then each of its mentions is the organisation ("Tallis Software's founder" typed a company beside "Tallis Software, the" a person).
     */
    private static boolean companyOwned(String text, String form, List<Mention> mentions) {
        for (Mention o : mentions) {
            if (o.type() == EntityType.DATE || o.end() > text.length() || o.start() < 0
                    || !EntityLinker.bare(o.text()).equals(form)) continue;
            if (companyCuedAt(text, o.start(), o.start() + o.text().replaceAll("[’']s$", "").length())) return true;
        }
        // ... or where the recogniser left the name out: "the board of Dhow Line, the Dubai shipping company" beside a
        // recognised "Dhow Line said" typed a person
        if (form.length() < 4 || !Character.isUpperCase(form.charAt(0))) return false;
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            int end = at + form.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))
                    && !insideLongerName(mentions, at, end) && companyCuedAt(text, at, end)) return true;
        }
        return false;
    }

    /**
     * Whether a span of text is only part of a longer recognised name: "Quint" of "Harlow & Quint, the London law firm"
     * is the firm's last word, and the firm's apposition says nothing of "Quint retired in 2030" (founder Ruth Quint).
     */
    private static boolean insideLongerName(List<Mention> mentions, int at, int end) {
        for (Mention o : mentions) {
            if (o.type() != EntityType.DATE && o.start() >= 0 && o.start() <= at && end <= o.end() && o.end() - o.start() > end - at) return true;
        }
        return false;
    }

    /**
     * Whether a name is written, somewhere in the article, with what only a company has or is called, not what is said of
     * it: "list its shares in New York" is a place.
     */
    private static boolean calledACompany(String text, String form, List<Mention> mentions) {
        for (Mention o : mentions) {
            if (o.type() == EntityType.DATE || o.end() > text.length() || o.start() < 0
                    || !EntityLinker.bare(o.text()).equals(form)) continue;
            int end = o.start() + o.text().replaceAll("[’']s$", "").length();
            if (COMPANY_OWN_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).find()
                    || COMPANY_APPOSITION_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 60))).find()
                    || COMPANY_NOUN_BEFORE.matcher(text.substring(Math.max(0, o.start() - 50), o.start())).find()
                    || COMPANY_NOUN_COMMA_BEFORE.matcher(text.substring(Math.max(0, o.start() - 50), o.start())).find()
                    && text.startsWith(",", end)) return true;
        }
        return false;
    }

    /** Whether the name at [start, end) is written with what only an organisation has or is said of. */
    private static boolean companyCuedAt(String text, int start, int end) {
        if (end > text.length()) return false;
        return COMPANY_OWN_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).find()
                || COMPANY_APPOSITION_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 60))).find()
                || COMPANY_OF_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find()
                || COMPANY_NOUN_BEFORE.matcher(text.substring(Math.max(0, start - 50), start)).find()
                || COMPANY_NOUN_COMMA_BEFORE.matcher(text.substring(Math.max(0, start - 50), start)).find() && text.startsWith(",", end);
    }

    /**
     * Whether a lone word typed a place stands after "shares in" (or another {@link #COMPANY_OF_BEFORE} cue) and is the
     * first word of an organisation's name in the article: "Shares in Sobaek rose" beside "Sobaek Semiconductor". A place
     * has no shares; without that longer name the word is left as typed.
     */
    private static boolean companyFirstWordTypedPlace(String text, Mention m, String form, List<Mention> mentions) {
        if (m.type() != EntityType.LOCATION || form.contains(" ") || form.length() < 3) return false;
        boolean cued = COMPANY_OF_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find();
        boolean longer = false;
        boolean otherType = false;
        for (Mention o : mentions) {
            if (o.type() == EntityType.ORGANIZATION && EntityLinker.clean(o.text()).startsWith(form + " ")) longer = true;
            if (o.type() != EntityType.LOCATION && o.type() != EntityType.DATE && EntityLinker.bare(o.text()).equals(form)) {
                otherType = true;
            }
        }
        // ... or, with no cue, a word the recogniser typed otherwise elsewhere in the article and never wrote after a
        // word of where: "built by Calloway at its plant" beside "Calloway Motors" and "Calloway's chief executive"
        return longer && (cued || otherType && !writtenAfterPlaceWord(text, form));
    }

    /** Before a place: "in", "at", "to", "from", "near", "across", "around", "outside". */
    private static final Pattern WHERE_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:in|at|to|from|near|across|around|outside)\\s+$");

    /** Whether the text writes the word, alone, right after a word of where somewhere ("in Calloway"). */
    private static boolean writtenAfterPlaceWord(String text, String form) {
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            int end = at + form.length();
            if (end < text.length() && Character.isLetter(text.charAt(end))) continue;
            if (WHERE_BEFORE.matcher(text.substring(Math.max(0, at - 12), at)).find()) return true;
        }
        return false;
    }

    /** "St ", "St. ", "Saint " right before a word, as the recogniser may leave it out: "St [Ives]", "in Saint [Ives]". */
    private static final Pattern SAINT_BEFORE = Pattern.compile("(?:^|[^\\p{L}])((?:St\\.?|Saint) )$");

    /** A mention's whole saint's name: its own text when that is one ("Saint Ives"), or "St " before it and its word. */
    private static String saintForm(String text, Mention o) {
        String form = EntityLinker.bare(o.text());
        if (SAINT_NAME.matcher(form).matches()) return form;
        if (form.contains(" ") || form.isEmpty() || !Character.isUpperCase(form.charAt(0))) return null;
        Matcher b = SAINT_BEFORE.matcher(text.substring(Math.max(0, o.start() - 8), o.start()));
        return b.find() ? b.group(1) + form : null;
    }

    /**
     * A lone word right after "St" or "Saint" that the recogniser took without it ("St [Ives]"), as the whole saint's
     * name, a place when {@link #saintPlace} says so. Null for any other mention.
     */
    static Mention saintWhole(String text, Mention m, List<Mention> mentions) {
        if (m.type() == EntityType.DATE || m.end() > text.length() || m.start() < 0) return null;
        String whole = saintForm(text, m);
        if (whole == null || whole.equals(EntityLinker.bare(m.text()))) return null;
        return EntityNames.copy(m, whole, saintPlace(text, whole, mentions) ? EntityType.LOCATION : m.type());
    }

    /**
     * Whether a saint's name ("Saint Ives", typed a person or an organisation) is a place: one of its mentions, however
     * the article spells "St" / "Saint", stands right after "in", "from" or "near" ("a night in Saint Ives"), or
     * before "'s mayor". A saint himself is not written "in Saint Paul"; a church or school is "at St Mary's".
     */
    private static boolean saintPlace(String text, String form, List<Mention> mentions) {
        String key = EntityLinker.key(EntityType.LOCATION, form);
        for (Mention o : mentions) {
            if (o.type() == EntityType.DATE || o.end() > text.length() || o.start() < 0) continue;
            String whole = saintForm(text, o);
            if (whole == null || !EntityLinker.key(EntityType.LOCATION, whole).equals(key)) continue;
            int from = o.start() - (whole.length() - EntityLinker.bare(o.text()).length());
            int end = o.start() + o.text().replaceAll("[’']s$", "").length();
            if (from >= 0 && PLACE_WORD_BEFORE.matcher(text.substring(Math.max(0, from - 8), from)).find()
                    || PLACE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12))).find()) return true;
        }
        return false;
    }

    /**
     * Whether the article also writes this word as a place (typed a place, or with what only a place has, {@link
     * #writtenAsAPlace}): "Preston in Preston", the minister Alan
     * Preston visiting the town. There a lone "Preston" typed a person after "visited" or "in", or before "'s station",
     * is the town (a person has no station); left a person, it joined the minister. So is one after "MP for", "mayor of",
     * "residents of", before ", the capital of" or " MP" ("Lincoln MP Jackson" beside Councillor Tom Lincoln).
     */
    private static boolean alsoAPlace(String text, String form, List<Mention> mentions) {
        for (Mention o : mentions) {
            if (o.type() == EntityType.DATE || !EntityLinker.bare(o.text()).equals(form)) continue;
            if (o.type() == EntityType.LOCATION || writtenAsAPlace(text, o, form)) return true;
        }
        return false;
    }

    /**
     * Whether a mention, whatever its type, is written with what only a place has: "Residents of Jackson, the capital of
     * Mississippi", "the mayor of Jackson". The recogniser typed every "Jackson" of a story about the city a person, as
     * the governor Carl Jackson is; a person is not "the capital of" anything.
     */
    private static boolean writtenAsAPlace(String text, Mention o, String form) {
        int end = o.start() + form.length();
        if (o.start() < 0 || end > text.length()) return false;
        return PLACE_APPOSITION_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).find()
                || PLACE_OF_BEFORE.matcher(text.substring(Math.max(0, o.start() - 24), o.start())).find();
    }

    /** A capitalised word right before a name, after a space: "[Severn] Trent". */
    private static final Pattern CAPITAL_WORD_BEFORE = Pattern.compile("(?:^|[^\\p{L}’'])(\\p{Lu}[\\p{L}’'-]*) $");

    /**
     * A lone word whose capitalised word before it makes a name the article writes whole elsewhere as one mention: the
     * recogniser took "Trent" of "Severn Trent fined" but "Severn Trent" of "Severn Trent's chief executive". It is that
     * whole name, of that mention's type (after {@link #retype}). Null when no such mention is there.
     */
    private static Mention cutName(String text, Mention m, List<Mention> mentions) {
        String word = EntityLinker.bare(m.text());
        if (word.contains(" ")) return null;
        Matcher b = CAPITAL_WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start()));
        if (!b.find()) return null;
        String whole = b.group(1) + " " + word;
        for (Mention o : mentions) {
            if (o == m || o.type() == EntityType.DATE || !EntityLinker.bare(o.text()).equals(whole)) continue;
            EntityType t = retype(text, o, mentions);
            return EntityNames.copy(m, whole, t != null ? t : o.type());
        }
        return null;
    }

    /**
     * Whether a lone word the article writes only once stands in a list whose other names are all places, joined to one
     * of them by "and": "in Mayo and Clare", "Singapore, Darwin and Yokosuka". Not an apposition ("The Princess of
     * Wales, Catherine, will"), nor a word the article names again ("Lincoln and Perth" beside "Lincoln's bid").
     */
    private static boolean inListOfPlaces(String text, Mention m, List<Mention> mentions) {
        String form = EntityLinker.bare(m.text());
        boolean and = false;
        for (Mention o : mentions) {
            if (o == m || o.end() > text.length()) continue;
            if (EntityLinker.bare(o.text()).equals(form)) return false;
            if (Math.max(o.start() - m.end(), m.start() - o.end()) > EntityNames.MAX_LIST_JOINT) continue;
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

package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.text.ClosedClass;

/**
 * Which of an entity's forms is shown as its name: the most frequent full name of its own mentions, ties going to the
 * most complete form. Split from {@link EntityLinker}, which decides which forms belong together.
 */
public final class EntityNames {
    private EntityNames() {
    }

    /**
     * {@link #displayName(EntityType, Map)} where each form counts for the longest of the entity's aliases that writes it
     * whole ({@link #wholeAlias}): the recogniser's "Air Force" of "the Russian Air Force", "Smith" of "Lord Smith of
     * Finsbury", "Cleveland" of "Cleveland-Cliffs" count as those names, which the linker recorded as aliases from the
     * text ({@link #writtenName}). A form two aliases write apart ("Blair" of "Tony Blair" and "Cherie Blair") counts as
     * itself, so no other person's name can win by it.
     */
    public static String displayName(EntityType type, Map<String, Integer> formCounts, Collection<String> aliases) {
        Map<String, Integer> whole = new LinkedHashMap<>();
        formCounts.forEach((f, n) -> whole.merge(wholeAlias(type, EntityLinker.clean(f), aliases), n, Integer::sum));
        return displayName(type, whole);
    }

    /**
     * The longest alias that holds the form as whole words, when those aliases nest ("Lord Smith" in "Lord Smith of
     * Finsbury"); the form itself when none does or two do not nest. Qualified places ("Paris, Texas") and non-names are
     * left out.
     */
    public static String wholeAlias(EntityType type, String form, Collection<String> aliases) {
        String best = form;
        for (String raw : aliases) {
            String a = EntityLinker.clean(raw);
            if (a.length() <= form.length() || !holdsWords(a, form) || !EntityLinker.isCleanName(a)
                    || type == EntityType.LOCATION && isQualifiedPlace(a) || !writtenShape(form, a)) continue;
            if (best.equals(form) || holdsWords(a, best)) best = a;
            else if (!holdsWords(best, a)) return form;
        }
        return best;
    }

    /** A peer's whole name with the place of the title: "Lord Smith of Finsbury". */
    private static final Pattern PEER_WHOLE = Pattern.compile(
            "^(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess)\\s+\\S.*\\s+of\\s+\\p{Lu}[\\p{L}’'\\-]+$");
    /** What a monarch's title and numeral add to a lone name: "King ", " I". */
    private static final Pattern MONARCH_PREFIX = Pattern.compile("^(?:(?:King|Queen|Emperor|Empress|Tsar|Pope)\\s+)?$");
    private static final Pattern REGNAL_SUFFIX = Pattern.compile("^(?:\\s+(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII))?$");
    /** What a nationality's adjective adds before an organisation: "Russian ". */
    private static final Pattern ADJECTIVE_PREFIX = Pattern.compile("^\\p{Lu}\\p{Ll}+(?:ian|ean|an|ese|ish|ch|i|ic)\\s+$");

    /**
     * Whether {@code alias} is {@code form} written whole in one of the kinds {@link #writtenName} finds: a peer with the
     * place of the title, a monarch's title or numeral, a nationality's adjective, a body's list of portfolios. The
     * linker's other aliases ("Indianapolis Colts" of "Colts", an expansion of an acronym) keep naming by the mentions'
     * own forms, as the linker matches by those names.
     */
    private static boolean writtenShape(String form, String alias) {
        if (PEER_WHOLE.matcher(alias).matches()) return true;
        int p = alias.indexOf(form);
        while (p >= 0) {
            int end = p + form.length();
            String prefix = alias.substring(0, p);
            String suffix = alias.substring(end);
            if (MONARCH_PREFIX.matcher(prefix).matches() && REGNAL_SUFFIX.matcher(suffix).matches()) {
                if (!prefix.isEmpty() || !suffix.isEmpty()) return true;
            }
            if (suffix.isEmpty() && ADJECTIVE_PREFIX.matcher(prefix).matches()) return true;
            if (prefix.isEmpty() && LIST_AFTER.matcher(suffix).matches()) return true;
            if (suffix.isEmpty() && PAIR_PREFIX.matcher(prefix).matches() && BODY_HEAD.matcher(form).find()) return true;
            p = alias.indexOf(form, p + 1);
        }
        return false;
    }

    /** Whether {@code whole} holds {@code part} between word edges: "Cleveland" in "Cleveland-Cliffs", not "Cleve". */
    private static boolean holdsWords(String whole, String part) {
        for (int p = whole.indexOf(part); p >= 0; p = whole.indexOf(part, p + 1)) {
            int end = p + part.length();
            boolean startEdge = p == 0 || !Character.isLetterOrDigit(whole.charAt(p - 1));
            boolean endEdge = end == whole.length() || !Character.isLetterOrDigit(whole.charAt(end));
            if (startEdge && endEdge) return true;
        }
        return false;
    }

    /** A monarch's or pope's title right before a lone name: "King ", "Queen ". */
    private static final Pattern MONARCH_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:King|Queen|Emperor|Empress|Tsar|Pope)\\s+$");
    /** A regnal numeral right after a name: " I", " II". */
    private static final Pattern REGNAL_AFTER = Pattern.compile("^\\s+(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)(?![\\p{L}\\d])");
    /** A peer's title right before a name: "Lord ", "Baroness ". */
    private static final Pattern PEER_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess)\\s+$");
    private static final Pattern PEER_TITLE = Pattern.compile("^(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess)\\s+\\S.*");
    /** The place of a peer's title: " of Finsbury". */
    private static final Pattern OF_PLACE_AFTER = Pattern.compile("^\\s+of\\s+\\p{Lu}[\\p{L}’'\\-]+");
    /**
     * A nationality's adjective before an organisation, after a lower-case word: "the Russian ", "the Norwegian ", or
     * after "The" opening a sentence ("The French [Foreign Ministry] summoned": issue 15, entities16). Any other
     * capitalised word is not taken: a headline's "to Acquire SeaMicro", a list's "the Jaguars Indianapolis Colts".
     */
    private static final Pattern WORD_BEFORE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:\\p{Ll}+|(?:^|(?<=[.!?\\n]\\s?))The)\\s+(\\p{Lu}\\p{Ll}+(?:ian|ean|an|ese|ish|ch|i|ic))\\s+$");
    /**
     * The rest of a body's name written as a list, ", Trade and Industry", or after "and" alone: "[Department for Energy
     * Security] and Net Zero", "[Department for Energy] and Climate" (the recogniser stops at "and").
     */
    private static final Pattern LIST_AFTER = Pattern.compile(
            "^(?:,\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)?\\s+and\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?(?![\\p{L}\\-])");
    /**
     * The first of two names a body's name pairs, right before the tagger's cut name: "the [England] and [Wales Cricket
     * Board]", "the Planning and [Highways Committee]", "the Tyne and [Wear Metro]".
     */
    private static final Pattern PAIR_BEFORE = Pattern.compile("(?:^|[^\\p{L}])[Tt]he\\s+(\\p{Lu}\\p{Ll}+)\\s+and\\s+$");
    /** What {@link #PAIR_BEFORE} adds before the cut name: "England and ". */
    private static final Pattern PAIR_PREFIX = Pattern.compile("^\\p{Lu}\\p{Ll}+ and $");
    /** A body's last word: the name is a board, committee, service and so on, not a list of two bodies' names. */
    private static final Pattern BODY_HEAD = Pattern.compile("\\s(?:Board|Committee|Council|Authority|Commission|Service|Metro"
            + "|Agency|Association|Federation|Union|Society|Institute|Trust|Office|Bureau|Tribunal|Panel)$");
    /** Words that come before a name without being part of it. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Mr", "Mrs", "Ms", "Dr", "President", "Minister", "Chairman", "Chief", "Former", "Senator", "Governor");

    /**
     * The whole name a mention is written in, where the recogniser cut it, or null. The text must write it so; nothing
     * is made up:
     * <ul>
     * <li>a peer with the place of the title: "Lord [Smith] of Finsbury", "[Baroness O'Neill] of Bengarve", and that
     * place itself ("Lord Evans of [Penarth]");</li>
     * <li>a monarch's title before a lone name and a regnal numeral after it: "King [Charles]", "[Queen Elizabeth] I",
     * "Queen [Elizabeth I]";</li>
     * <li>a nationality's adjective before an organisation's name (not an acronym) that no other mention covers: "the
     * Russian [Air Force]", "the Norwegian [Polar Institute]";</li>
     * <li>a body's name that goes on as a list: "[Ministry of Economy], Trade and Industry", "[Department for Energy]
     * and Climate";</li>
     * <li>a body's name that pairs two names before its last word, cut after "and": "the England and [Wales Cricket
     * Board]", "the Tyne and [Wear Metro]".</li>
     * </ul>
     * The linker records it as an alias of the mention's entity, so {@link #displayName(EntityType, Map, Collection)}
     * can name the entity by it.
     */
    public static String writtenName(String text, Mention m, List<Mention> mentions) {
        if (m.start() < 0 || m.end() > text.length() || m.type() == EntityType.DATE) return null;
        String form = EntityLinker.clean(m.text());
        String before = text.substring(Math.max(0, m.start() - 40), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
        if (m.type() != EntityType.PERSON) {
            Matcher peer = PEER_OF.matcher(text.substring(Math.max(0, m.start() - 60), m.start()));
            String name = null;
            while (peer.find()) name = peer.group();
            if (name != null && !OF_PLACE_AFTER.matcher(after).find() && !after.matches("(?s)^ \\p{Lu}.*")) {
                return name.replaceAll("\\s+", " ") + " of " + form;
            }
        }
        if (m.type() == EntityType.PERSON) {
            Matcher of = OF_PLACE_AFTER.matcher(after);
            Matcher peer = PEER_BEFORE.matcher(before);
            if (of.find() && (PEER_TITLE.matcher(form).matches() || peer.find())) {
                String title = PEER_TITLE.matcher(form).matches() ? "" : before.substring(peer.start()).replaceAll("^[^\\p{L}]", "");
                return (title + form + of.group()).replaceAll("\\s+", " ");
            }
            List<String> t = EntityLinker.tokens(form);
            Matcher monarch = MONARCH_BEFORE.matcher(before);
            Matcher regnal = REGNAL_AFTER.matcher(after);
            boolean numbered = t.size() == 2 && t.get(1).matches("[IVX]+");
            if ((t.size() == 1 || numbered) && monarch.find()) {
                String title = before.substring(monarch.start()).replaceAll("^[^\\p{L}]", "");
                return (title + form + (numbered || !regnal.find() ? "" : regnal.group())).replaceAll("\\s+", " ");
            }
            if (form.matches("(?:King|Queen|Emperor|Empress|Tsar|Pope)\\s+\\p{Lu}\\p{L}+") && regnal.find()) {
                return (form + regnal.group()).replaceAll("\\s+", " ");
            }
            return null;
        }
        if (m.type() != EntityType.ORGANIZATION) return null;
        Matcher list = LIST_AFTER.matcher(after);
        if ((form.contains(" of ") || form.contains(" for ")) && list.find() && !covered(mentions, m.end(), m.end() + list.end())) {
            return (form + list.group()).replaceAll("\\s+", " ");
        }
        Matcher pair = PAIR_BEFORE.matcher(before);
        if (!form.contains(" and ") && BODY_HEAD.matcher(form).find() && pair.find() && !NOT_NAME_WORDS.contains(pair.group(1))
                && !namedBy(mentions, m.start() - (before.length() - pair.start(1)), m.start())) {
            return pair.group(1) + " and " + form;
        }
        Matcher word = WORD_BEFORE.matcher(before);
        if (!Acronyms.isAcronym(form) && word.find() && !NOT_NAME_WORDS.contains(word.group(1))
                && !ClosedClass.isClosedClass(word.group(1).toLowerCase(Locale.ROOT))
                && !covered(mentions, m.start() - (before.length() - word.start(1)), m.start())) {
            return word.group(1) + " " + form;
        }
        return null;
    }

    /** Whether a person's or an organisation's mention overlaps [from, to): a place there may be a body's first word. */
    private static boolean namedBy(List<Mention> mentions, int from, int to) {
        for (Mention o : mentions) {
            if (o.start() < to && o.end() > from && (o.type() == EntityType.PERSON || o.type() == EntityType.ORGANIZATION)) return true;
        }
        return false;
    }

    /** Whether another mention overlaps [from, to). */
    private static boolean covered(List<Mention> mentions, int from, int to) {
        for (Mention o : mentions) if (o.start() < to && o.end() > from && o.type() != EntityType.DATE) return true;
        return false;
    }

    /**
     * The name to show for an entity whose mentions have these forms and counts: its most frequent full name (a
     * short form only when it has no full one), ties going to the most complete form. Forms are counted after
     * whitespace clean-up, so "Tony  Blair" and "Tony Blair" count as one.
     */
    /**
     * A courtesy title or a councillor's before a given name and a surname: "Sir Malcolm Averill", "Cllr Dev Sandhu",
     * and a South Asian one: "Sardar Imtiaz Khosa", "Begum Naseem Akhtar", "Mian Tariq Rauf" (EntityLinker.SOUTH_ASIAN_TITLES).
     */
    private static final Pattern COURTESY_TITLE_START = Pattern.compile(
            "^(?:Sir|Dame|Cllr|Councillor|Sardar|Begum|Mian|Chaudhry|Chaudhary)\\.?\\s+(?=\\p{Lu}[\\p{L}'’.-]*\\s+\\p{Lu})");

    static String displayName(EntityType type, Map<String, Integer> formCounts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        formCounts.forEach((f, n) -> {
            String c = EntityLinker.clean(f);
            // "Madame Hélène Girard" is shown "Hélène Girard", as an English title is not written into a full name
            String untitled = type == EntityType.PERSON ? PersonCues.FOREIGN_TITLE_START.matcher(c).replaceFirst("") : c;
            // ... nor is a courtesy title or a councillor's: "Dame Alison Kerr" is Alison Kerr, "Cllr Ruth Hollis" Ruth Hollis
            if (type == EntityType.PERSON) {
                untitled = NameHonorifics.strip(COURTESY_TITLE_START.matcher(untitled).replaceFirst(""));
            }
            if (untitled.contains(" ")) c = untitled;
            if (!c.isEmpty() && ClosedClass.nameForm(c) != null && !ClosedClass.nameForm(c).isEmpty()) counts.merge(c, n, Integer::sum);
        });
        if (counts.isEmpty()) formCounts.forEach((f, n) -> counts.merge(EntityLinker.clean(f), n, Integer::sum));
        return displayNameOf(type, Diacritics.countedAccented(counts));
    }

    private static String displayNameOf(EntityType type, Map<String, Integer> counts) {
        boolean anyFull = counts.keySet().stream().anyMatch(f -> !isShort(type, f, counts.keySet()));
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String f = e.getKey();
            if (anyFull && isShort(type, f, counts.keySet())) continue;
            if (best == null || e.getValue() > counts.get(best) || e.getValue().equals(counts.get(best)) && score(f) > score(best)) best = f;
        }
        return best;
    }

    /**
     * A short form, or for a place or organisation one word that is (or clips) a word of another of its forms, or words
     * that start another: a club called "Hartwell" in most sentences is still "Hartwell Town", "New York" the "New York
     * Rangers", "the Fed" the "Federal Reserve", "the Bank" the "Bank of England".
     */
    private static boolean isShort(EntityType type, String form, Set<String> forms) {
        if (EntityLinker.isShortForm(type, form)) return true;
        // "Archbishop of Canterbury" beside "Daniel Ashcroft": a title names its holder only when no name does
        if (type == EntityType.PERSON && TITLE_OF_PLACE.matcher(form).matches()) {
            return forms.stream().anyMatch(o -> !TITLE_OF_PLACE.matcher(o).matches() && EntityLinker.tokens(o).size() > 1);
        }
        if (type == EntityType.PERSON) return endsLonger(form, forms);
        String w = form.replaceAll("[’']s$", "").toLowerCase(Locale.ROOT);
        // "Cofma" beside "Department for Coasts, Fisheries and Marine Affairs": a short name clipped from the long one
        if (OfficeNames.clipsAny(form, java.util.List.copyOf(forms))) return true;
        // "New York" beside "New York Rangers": a club called by its city is still its full name
        if (form.contains(" ")) return forms.stream().anyMatch(o -> o.toLowerCase(Locale.ROOT).startsWith(w + " ") && !EntityLinker.isShortForm(type, o));
        for (String o : forms) {
            if (!o.contains(" ") || EntityLinker.isShortForm(type, o)) continue;
            for (String word : o.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (w.length() >= 3 && word.startsWith(w)) return true;
            }
        }
        return false;
    }

    /**
     * Whether a person form is the last name words of a longer form: "Garcia Marquez" of "Gabriel Garcia Marquez",
     * "Restrepo de la Torre" of "Juan Pablo Restrepo de la Torre" (two surnames, or one with particles, are a short
     * form however many words they have).
     */
    private static boolean endsLonger(String form, Set<String> forms) {
        java.util.List<String> t = EntityLinker.tokens(form);
        for (String o : forms) {
            java.util.List<String> u = EntityLinker.tokens(o);
            if (u.size() > t.size() && u.subList(u.size() - t.size(), u.size()).equals(t)) return true;
        }
        return false;
    }

    /** Particles a surname may open with: "van den Berg", "de Jong", "von Trapp". */
    private static final Set<String> SURNAME_PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "du", "del", "della",
            "la", "le", "ter", "ten", "dos", "das");

    /**
     * Whether a person form is a surname of several words opening with a particle and ending a longer form of the set:
     * "Van den Berg" beside "Joris van den Berg" (issue 15, entities16). Such a form names no one across articles.
     */
    static boolean particleSurnameOfLonger(String form, Set<String> forms) {
        String[] words = EntityLinker.clean(form).replaceFirst("^(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+", "").split("\\s+");
        return words.length > 1 && SURNAME_PARTICLES.contains(words[0].toLowerCase(Locale.ROOT)) && endsLonger(form, forms);
    }

    /** The most complete form: most name words, then the longest, then not in capitals; ties keep the first seen. */
    static String canonical(Iterable<String> forms) {
        String best = null;
        for (String f : forms) {
            String c = EntityLinker.clean(f);
            if (best == null || score(c) > score(best)) best = c;
        }
        return best;
    }

    private static int score(String form) {
        // "Washington" over a dateline's "WASHINGTON"; acronyms lose on word count anyway
        boolean shouting = form.codePoints().noneMatch(Character::isLowerCase);
        return form.split("\\s+").length * 1000 + form.length() * 2 + (shouting ? 0 : 1);
    }

    /** Right after a place: the lower-case word "state" ("Washington state sued", "Washington state's attorney"). */
    static final Pattern STATE_AFTER = Pattern.compile("^\\s+state(?:[’']s)?(?![\\p{L}])");
    private static final Pattern STATE_QUALIFIED = Pattern.compile("\\p{Lu}[\\p{L}.\\- ]* state");

    /**
     * Whether a place's form is written with what it is in or what it is: "Paris, Texas", or "Washington state" (the
     * state, not the capital a bare "Washington" names in another article).
     */
    static boolean isQualifiedPlace(String form) {
        return form.contains(",") || STATE_QUALIFIED.matcher(form).matches();
    }

    /** A ship's prefix and its name: "HMS Queen Elizabeth", "USS Gerald R. Ford", "RFA Tidespring". */
    private static final Pattern VESSEL = Pattern.compile(
            "(?<![\\p{L}])(?:HMS|HMAS|HMCS|HMNZS|RFA|USS|USNS|RMS|RRS|MV|SS|INS|RV|FV)\\s+(\\p{Lu}[\\p{L}’'.\\-]*(?:[ ]\\p{Lu}[\\p{L}’'.\\-]*)*)");
    /** Right after a vessel's name written bare: a regnal numeral or another name word, so a longer name ("Queen Elizabeth I"). */
    private static final Pattern NAME_GOES_ON = Pattern.compile("^(?:\\s+(?:I|II|III|IV|V|VI|VII|VIII)\\b|[ ]\\p{Lu}|[\\p{L}\\-’'])");
    /**
     * Right before a ship's name written bare: the words that name the one it is named after ("named after Edith Carrow,
     * the oceanographer", "named after the oceanographer Margaret Tolland"). There the name is the person, not the ship.
     */
    private static final Pattern NAMESAKE_BEFORE = Pattern.compile("(?:named\\s+(?:after|for)|in\\s+(?:honou?r|memory)\\s+of)"
            + "(?:\\s+(?:the|a|an|its|her|his|their)(?:\\s+\\p{Ll}[\\p{L}\\-]*){1,3})?\\s+$");
    /** A capitalised word run on by a hyphen: "-Cliffs", "-Jones". */
    private static final Pattern HYPHEN_AFTER = Pattern.compile("^(?:-\\p{Lu}[\\p{L}’']*)+");
    private static final Pattern HYPHEN_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}’']*-)+$");

    /**
     * The name a mention is a piece of, as one mention of the whole, or null. Two kinds:
     * <ul>
     * <li>a ship's name: inside "HMS Queen Elizabeth", or that name written bare where the article also writes it with
     * the prefix ("sail with Queen Elizabeth"), is the vessel (MISC), not the person "Queen Elizabeth I" of the next
     * sentence, whom the recogniser's "Elizabeth" had joined;</li>
     * <li>a name cut at a hyphen: "Cleveland" of "Cleveland-Cliffs" is the whole hyphenated name, not the city (or
     * "Smith" of "Smith-Jones" the surname Smith); but two places or bodies the recogniser found each on its own side
     * of the hyphen are two names, joined as a relation ("Pakistan-US dialogue", "US-China talks", "Israel-Hamas
     * war"), not one.</li>
     * </ul>
     */
    static Mention wholeName(String text, Mention m, List<String[]> vessels, List<Mention> mentions) {
        if (m.end() > text.length() || m.start() < 0) return null;
        for (String[] v : vessels) {
            String name = v[1];
            for (int p = text.indexOf(name); p >= 0; p = text.indexOf(name, p + 1)) {
                int end = p + name.length();
                boolean prefixed = text.startsWith(v[0], Math.max(0, p - v[0].length())) && p >= v[0].length();
                if (!prefixed && (p > 0 && Character.isLetter(text.charAt(p - 1))
                        || NAME_GOES_ON.matcher(text.substring(end, Math.min(text.length(), end + 6))).find()
                        || NAMESAKE_BEFORE.matcher(text.substring(Math.max(0, p - 60), p)).find())) continue;
                int from = prefixed ? p - v[0].length() : p;
                if (m.start() >= from && m.end() <= end) return copy(m, v[0] + name, EntityType.MISC);
            }
        }
        Mention peer = peerage(text, m);
        if (peer != null) return peer;
        Matcher after = HYPHEN_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
        Matcher before = HYPHEN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
        boolean runsOn = after.find();
        boolean runsIn = before.find() && (m.start() - 40 + before.start() <= 0 || before.start() == 0
                || !Character.isLetter(text.charAt(m.start() - (before.end() - before.start()) - 1)));
        if (!runsOn && !runsIn || m.text().contains("-") && !runsOn) return null;
        if (m.type() != EntityType.PERSON && (runsOn && namedAt(mentions, m.end() + 1) || runsIn && namedEndingAt(mentions, m.start() - 1))) {
            return null;
        }
        String whole = (runsIn ? before.group() : "") + m.text() + (runsOn ? after.group() : "");
        // "Lima" of "Costa-Lima" beside "Ana Costa" cut before the hyphen: the whole is that person's surname
        if (runsIn && m.type() != EntityType.PERSON && surnameOfPerson(text, mentions, whole)) return copy(m, whole, EntityType.PERSON);
        return copy(m, whole, m.type());
    }

    /**
     * Whether a hyphenated name ("Costa-Lima") runs on from a person mention the recogniser cut before its hyphen ("Ana
     * Costa" of "Ana Costa-Lima"): then each of its mentions is that person's surname, not the place after the hyphen.
     */
    private static boolean surnameOfPerson(String text, List<Mention> mentions, String whole) {
        int hyphen = whole.indexOf('-');
        String head = whole.substring(0, hyphen);
        for (Mention o : mentions) {
            if (o.type() != EntityType.PERSON || o.end() > text.length() || o.end() < hyphen || !EntityLinker.clean(o.text()).endsWith(" " + head)) continue;
            if (text.startsWith(whole, o.end() - hyphen)) return true;
        }
        return false;
    }

    /** Whether a place or organisation mention starts at {@code at} (the name right after a hyphen). */
    private static boolean namedAt(List<Mention> mentions, int at) {
        for (Mention o : mentions) {
            if (o.start() == at && (o.type() == EntityType.LOCATION || o.type() == EntityType.ORGANIZATION)) return true;
        }
        return false;
    }

    /** Whether a place or organisation mention ends at {@code at} (the name right before a hyphen). */
    private static boolean namedEndingAt(List<Mention> mentions, int at) {
        for (Mention o : mentions) {
            if (o.end() == at && (o.type() == EntityType.LOCATION || o.type() == EntityType.ORGANIZATION)) return true;
        }
        return false;
    }

    /** A peer's name before the place of a title: "Lord Smith of ", "Baroness Hale of ". */
    private static final Pattern PEER_OF = Pattern.compile(
            "(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess)\\s+\\p{Lu}[\\p{L}’'\\-]+(?=\\s+of\\s+$)");
    /** A royal or ducal title before its place: "Prince of ", "the Duchess of ". */
    private static final Pattern TITLE_OF = Pattern.compile("(?:Prince|Princess|Duke|Duchess|Earl|Countess|Marquess|Archbishop"
            + "|(?<=[Tt]he )Bishop)\\s+of\\s+$");
    /** A whole royal or ducal title: "Prince of Wales", "the Duke of Sussex". */
    static final Pattern TITLE_OF_PLACE = Pattern.compile(
            "(?i)^(?:the\\s+)?(prince|princess|duke|duchess|earl|countess|marquess|archbishop|bishop)\\s+of\\s+(\\p{L}[\\p{L}’'\\- ]*)$");

    /**
     * A place or organisation mention that is the place of a person's title, as a person: "Finsbury" of "Lord Smith of
     * Finsbury" is Lord Smith, "Wales" of "the Princess of Wales" and the recogniser's "Duke of Sussex" are that title,
     * a person (whose key keeps the title word: the Prince of Wales is not the Princess). Left as places, they were
     * "Wales", "Penarth", "Finsbury" in the library's places, to join the next article's town.
     */
    private static Mention peerage(String text, Mention m) {
        if (m.type() == EntityType.PERSON || m.text().contains(",")) return null;
        String before = text.substring(Math.max(0, m.start() - 60), m.start());
        boolean nameGoesOn = text.startsWith(" ", m.end()) && m.end() + 1 < text.length() && Character.isUpperCase(text.charAt(m.end() + 1));
        if (nameGoesOn) return null;
        Matcher peer = PEER_OF.matcher(before);
        String name = null;
        while (peer.find()) name = peer.group();
        if (name != null) return copy(m, name.replaceAll("\\s+", " "), EntityType.PERSON);
        Matcher title = TITLE_OF.matcher(before);
        if (title.find()) return copy(m, title.group().replaceAll("\\s+", " ") + EntityLinker.clean(m.text()), EntityType.PERSON);
        if (TITLE_OF_PLACE.matcher(EntityLinker.clean(m.text())).matches()) return copy(m, EntityLinker.clean(m.text()), EntityType.PERSON);
        return null;
    }

    /**
     * Step 4d of linking: a title of a place followed by its holder's name in apposition ("the Archbishop of Canterbury,
     * Daniel Ashcroft, said", "The Princess of Wales, Catherine, will") is that person. Not a list ("the Prince of
     * Wales, Harry, and ..."). Left apart, the title was an entity of its own, typed a place or organisation.
     */
    static void joinTitleAppositions(String text, List<Mention> mentions, List<Integer> linkable, int[] parent) {
        Map<Integer, Integer> personAt = new HashMap<>();
        for (int i : linkable) if (mentions.get(i).type() == EntityType.PERSON) personAt.put(mentions.get(i).start(), i);
        for (int i : linkable) {
            Mention t = mentions.get(i);
            if (t.type() != EntityType.PERSON || !TITLE_OF_PLACE.matcher(EntityLinker.clean(t.text())).matches()
                    || !text.startsWith(", ", t.end())) continue;
            Integer holder = personAt.get(t.end() + 2);
            if (holder == null || TITLE_OF_PLACE.matcher(EntityLinker.clean(mentions.get(holder).text())).matches()) continue;
            String after = text.substring(mentions.get(holder).end(), Math.min(text.length(), mentions.get(holder).end() + 8));
            if (after.startsWith(",") && !after.matches("(?s)^,\\s+(?:and|or)\\b.*")) EntityLinker.union(parent, i, holder);
        }
    }

    /** The vessels an article names with a ship's prefix, as {prefix and space, name}. */
    static List<String[]> vessels(String text) {
        List<String[]> out = new ArrayList<>();
        Matcher v = VESSEL.matcher(text);
        while (v.find()) {
            String prefix = text.substring(v.start(), v.start(1));
            String name = v.group(1).replaceAll("[.’']+$", "");
            if (out.stream().noneMatch(o -> o[1].equals(name))) out.add(new String[] {prefix, name});
        }
        return out;
    }

    /** A match score: "3-1", "118-104". */
    private static final Pattern SCORE = Pattern.compile("(?<![\\d\\-])\\d{1,3}-\\d{1,3}(?![\\d\\-])");
    /** After a club named by its city: a result ("Boston beat", "New York had led") or its staff ("Denver's coach"). */
    private static final Pattern CLUB_AFTER = Pattern.compile("^(?:\\s+(?:beat|beats|defeated|drew|lost|led(?!\\s+to(?![\\p{L}]))|had led|have won|has won"
            + "|pulled|trailed|edged|thrashed|routed)(?![\\p{L}])|(?:[’']s)?\\s+(?:coach|manager|captain|goalkeeper|striker|defender"
            + "|left-back|right-back|midfielder|fans|squad|players?)(?![\\p{L}]))");
    /** Before a group named like a place: "the rock band Chicago", "the club Boca". */
    private static final Pattern GROUP_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])the\\s+(?:\\p{L}+\\s+)?(?:band|club)\\s+$");
    /** After a place: its mayor, governor, streets or people ("Chicago's mayor"). */
    private static final Pattern PLACE_AFTER = Pattern.compile("^[’']s\\s+(?:mayor|governor|streets|residents|people|city|council)(?![\\p{L}])");
    /** Before a club named by its city: "beat Denver", "past Denver", "drafted by Boston". */
    private static final Pattern CLUB_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(?:beat|beating|defeated|past|against|lost to|drew with|traded to|drafted by|signed by)\\s+$");
    /**
     * Before a club the text already names by its city: a result "at" it, "late win at Brentford", "a draw at Bristol
     * City". Such an away game is the club's, like "beat Brentford" in the next line; read as a place word, the
     * headline's "at Brentford" stayed the town (issue 15: entities4, entities5). Only for a name already cued as a
     * club: "England's win at Wembley" does not make a club of a stadium.
     */
    private static final Pattern RESULT_AT = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:win|wins|victory|draw|defeat|loss|point|points)\\s+at\\s+$");
    /**
     * Before a place: "the arena in Denver", "downtown Boston", "flies back to Madrid", "the city of Leeds"; a bare "to"
     * or "from" is a transfer's in a sports report ("traded to Boston from Denver").
     */
    private static final Pattern PLACE_WORD_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:in|at|near|into|across|around|downtown|outside"
            + "|(?:city|town|county|port|village|borough)\\s+of"
            + "|(?:back|fly|flies|flew|travels?|travell?ed|returns?|returned|arrives?|arrived|drove|drives?)\\s+(?:to|from|in))\\s+$");

    /**
     * The places of a sports report that are clubs named by their city ("Boston beat New York 3-1", "Denver's coach"):
     * in a text with a score, a place name with a result or a club's staff after it, or after "beat" or "past", is the
     * club in each of its mentions there but those written as a place ("the arena in Denver", "downtown Boston",
     * "Chicago's mayor"); so is, with or without a score, a place name the text calls a band or a club ("the rock band
     * Chicago"). Left a place, the club or band was its city's entity across the library.
     */
    static Set<Integer> clubsNamedByPlace(String text, List<Mention> mentions) {
        boolean score = SCORE.matcher(text).find();
        Set<String> clubs = new HashSet<>();
        Set<String> places = score ? mostlyPlaces(text, mentions) : Set.of();
        for (Mention m : mentions) {
            if (m.type() != EntityType.LOCATION && m.type() != EntityType.ORGANIZATION || m.end() > text.length()) continue;
            // ... and, with or without a score, a place name the text calls a band or a club: "the rock band Chicago"
            // ... the recogniser's own organisation of one word counts too ("beat [Sheffield] 2-0" typed a club): its
            // place-typed mentions without a place word are that club ("Bristol and Sheffield slip")
            boolean placeOrClub = m.type() == EntityType.LOCATION || m.type() == EntityType.ORGANIZATION && !placeKey(m).contains(" ");
            if (score && placeOrClub && clubCued(text, m) && !places.contains(placeKey(m))
                    || GROUP_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                clubs.add(placeKey(m));
            }
        }
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < mentions.size() && !clubs.isEmpty(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.LOCATION || m.end() > text.length() || !clubs.contains(placeKey(m))) continue;
            if (listedWithAPlace(text, m, mentions, clubs)) continue;
            if (score && (clubCued(text, m) || RESULT_AT.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find())
                    || !PLACE_WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()
                    && !PLACE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16))).find()) out.add(i);
        }
        return out;
    }

    /** A list's joint between two names: ", " or " and " or ", and ". */
    private static final Pattern LIST_JOINT = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)$");
    /** The most characters {@link #LIST_JOINT} spans with room for doubled spaces: farther mentions are not tried. */
    static final int MAX_LIST_JOINT = 16;

    /**
     * Whether a place name stands in a list beside a place that is no club of the text: "visiting Sunderland, Durham and
     * Newcastle" is a tour of towns though "against Newcastle" is the club; "Bristol and Sheffield slip" lists clubs.
     */
    private static boolean listedWithAPlace(String text, Mention m, List<Mention> mentions, Set<String> clubs) {
        for (Mention o : mentions) {
            if (o == m || o.type() != EntityType.LOCATION || o.end() > text.length() || Math.max(o.start() - m.end(), m.start() - o.end()) > MAX_LIST_JOINT
                    || clubs.contains(placeKey(o))) continue;
            String between = o.end() <= m.start() ? text.substring(o.end(), m.start())
                    : o.start() >= m.end() ? text.substring(m.end(), o.start()) : null;
            if (between != null && LIST_JOINT.matcher(between).matches()) return true;
        }
        return false;
    }

    /**
     * For each club named by its city ({@link #clubsNamedByPlace}), the article's one other organisation mention of a
     * club ending in that name that the text cues as a club: "Madrid pulled one back" is the "Real Madrid" of "Liverpool
     * beat Real Madrid 3-1", not the "Atletico Madrid" the article also names.
     */
    static Map<Integer, Integer> clubFullNames(String text, List<Mention> mentions, Set<Integer> clubs) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (int i : clubs) {
            String w = placeKey(mentions.get(i));
            Map<String, Integer> cued = new LinkedHashMap<>();
            for (int j = 0; j < mentions.size(); j++) {
                Mention o = mentions.get(j);
                if (o.type() != EntityType.ORGANIZATION || clubs.contains(j) || o.end() > text.length()) continue;
                String k = placeKey(o);
                if (k.endsWith(" " + w) && clubCued(text, o)) cued.putIfAbsent(k, j);
            }
            if (cued.size() == 1) out.put(i, cued.values().iterator().next());
        }
        // ... and a town's lone name for its one club named town and club word ("Carlisle" of "Carlisle United")
        ClubHeads.lonesToClubs(text, mentions).forEach(out::putIfAbsent);
        return out;
    }

    /**
     * The place names a text writes as places ("in Denver", "Denver's mayor") three times or more and more than twice as
     * often as it cues them as clubs: a country's or town's name in a long article that has a number like a score
     * somewhere and once a result word after the name ("early New Zealand led to") stays a place. Made a club, the
     * country of a 400-mention encyclopaedia page was an organisation (issue 15, real saved pages).
     */
    private static Set<String> mostlyPlaces(String text, List<Mention> mentions) {
        Map<String, int[]> votes = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.LOCATION || m.end() > text.length()) continue;
            int[] v = votes.computeIfAbsent(placeKey(m), k -> new int[2]);
            if (clubCued(text, m)) v[0]++;
            else if (PLACE_WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()
                    || PLACE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16))).find()) v[1]++;
        }
        Set<String> out = new HashSet<>();
        votes.forEach((k, v) -> {
            if (v[1] >= 3 && v[1] > 2 * v[0]) out.add(k);
        });
        return out;
    }

    private static boolean clubCued(String text, Mention m) {
        return CLUB_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 24))).find()
                || CLUB_BEFORE.matcher(text.substring(Math.max(0, m.start() - 14), m.start())).find();
    }

    private static String placeKey(Mention m) {
        return EntityLinker.clean(m.text()).toLowerCase(Locale.ROOT).replaceAll("[’']s$", "");
    }

    /** An institution named after its town: "University of Cambridge", "Cambridge University", "Harvard College". */
    private static final Pattern INSTITUTION = Pattern.compile(
            "(?:(?:The\\s+)?(?:University|College|Institute|School|Polytechnic)\\s+of\\s+(\\p{Lu}[\\p{L}\\-]+)"
            + "|(\\p{Lu}[\\p{L}\\-]+)\\s+(?:University|College|Polytechnic))");
    /** Right after an institution's town name: what only the body does ("Cambridge says", "Cambridge to build"). */
    private static final Pattern INSTITUTION_VERB_AFTER = Pattern.compile("^(?:\\s+(?:says|said|hopes|plans|wants|intends|expects|announced"
            + "|insists|argues|admitted|confirmed|to\\s+\\p{Ll}+)(?![\\p{L}])|[’']s\\s+(?:vice-chancellor|chancellor|provost|rector"
            + "|president|students|researchers|academics|professors|colleges)(?![\\p{L}]))");

    /**
     * A town's name that stands for the article's one institution named after that town, as one mention of the
     * institution's name, or null: at a sentence's start with what only a body does after it ("Cambridge says high rents
     * ...", a headline's "Cambridge to build homes") or its officers or members ("Cambridge's vice-chancellor"), beside
     * "the University of Cambridge". The same word after "in" or as the subject of "grow" stays the town. Left a place,
     * the university's bare name was the city (issue 15, entities3 and entities7).
     */
    static Mention institutionNamedByPlace(String text, Mention m, List<Mention> mentions) {
        if (m.type() != EntityType.LOCATION && m.type() != EntityType.ORGANIZATION || m.end() > text.length() || m.start() < 0) return null;
        String w = EntityLinker.bare(m.text());
        if (w.contains(" ")) return null;
        boolean verb = INSTITUTION_VERB_AFTER.matcher(text.substring(m.start() + w.length(),
                Math.min(text.length(), m.start() + w.length() + 30))).find();
        String before = text.substring(Math.max(0, m.start() - 3), m.start());
        if (verb && m.start() > 0 && !before.endsWith("\n") && !before.matches("(?s).*[.!?\"“]\\s+$")) verb = false;
        if (!verb && !pairedWithInstitution(text, m, mentions)) return null;
        Set<String> names = new LinkedHashSet<>();
        for (Mention o : mentions) {
            String town = institutionTown(text, o);
            if (w.equals(town)) names.add(EntityLinker.clean(o.text()));
        }
        return names.size() == 1 ? copy(m, names.iterator().next(), EntityType.ORGANIZATION) : null;
    }

    /** A place mention that is an organisation by its name: {@link #institutionNamedByPlace}, {@link #organisationEndedByPlace}. */
    static Mention organisationNamedByPlace(String text, Mention m, List<Mention> mentions) {
        Mention inst = institutionNamedByPlace(text, m, mentions);
        return inst != null ? inst : organisationEndedByPlace(text, m, mentions);
    }

    /** Right before a place: the words of a name it ends, "Bank of ", "the Reserve Bank of ". */
    private static final Pattern NAME_OF_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}’'\\-]*\\s+)*\\p{Lu}[\\p{L}’'\\-]*\\s+of\\s+$");

    /**
     * A place mention that ends an organisation's name the article writes whole elsewhere, as one mention of that
     * organisation, or null: "England" of a headline's "Bank of England holds rates" beside "The Bank of England kept
     * rates". Left a place, it was England the country, and the bank's name split in two (issue 15, entities).
     */
    static Mention organisationEndedByPlace(String text, Mention m, List<Mention> mentions) {
        if (m.type() != EntityType.LOCATION || m.end() > text.length() || m.start() < 0) return null;
        Matcher b = NAME_OF_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start()));
        if (!b.find()) return null;
        String w = EntityLinker.clean(m.text());
        for (Mention o : mentions) {
            if (o == m || o.type() != EntityType.ORGANIZATION) continue;
            String whole = EntityLinker.clean(o.text()).replaceAll("^(?i:the)\\s+", "");
            if (!whole.endsWith(" of " + w)) continue;
            String pre = whole.substring(0, whole.length() - w.length());
            if (EntityLinker.clean(b.group()).concat(" ").endsWith(pre)) return copy(m, whole, EntityType.ORGANIZATION);
        }
        // ... or, written only once, a body whose head noun leaves no doubt: "the Church of England", "the Bank of Japan"
        // (the place alone was England, and joined England the football team of another article)
        Matcher head = BODY_OF_BEFORE.matcher(b.group());
        return head.find() ? copy(m, EntityLinker.clean(head.group()).replaceFirst("^(?:The|A)\\s+", "") + " " + w, EntityType.ORGANIZATION) : null;
    }

    /** Right before a place: a body's head noun and "of", with the capitalised words before it, "Church of ", "Free Church of ". */
    private static final Pattern BODY_OF_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}’'\\-]*\\s+)*(?:Church|Bank|Diocese|Archdiocese)\\s+of\\s+$");

    /** The town an organisation mention's institution is named after ("University of Cambridge": Cambridge), or null. */
    private static String institutionTown(String text, Mention o) {
        if (o.type() != EntityType.ORGANIZATION || o.end() > text.length()) return null;
        Matcher i = INSTITUTION.matcher(EntityLinker.clean(o.text()));
        return i.matches() ? i.group(1) != null ? i.group(1) : i.group(2) : null;
    }

    /**
     * Whether a town's name is paired by "and" or "&" with another institution: one written whole ("Harvard University
     * and Cambridge"), or the bare name of one the article writes whole ("Harvard and Cambridge strike deal" beside
     * "Harvard University"). Two bodies that act together; a place beside a body ("Acme and Leeds") is no such pair.
     */
    private static boolean pairedWithInstitution(String text, Mention m, List<Mention> mentions) {
        Set<String> towns = null;
        for (Mention o : mentions) {
            if (o == m || o.type() != EntityType.ORGANIZATION || o.end() > text.length() || o.start() < 0) continue;
            // only a neighbour is paired: " and " or " & " between them (a long article has thousands of mentions far apart)
            int gap = o.end() <= m.start() ? m.start() - o.end() : m.end() <= o.start() ? o.start() - m.end() : -1;
            if (gap < 0 || gap > 12) continue;
            String between = o.end() <= m.start() ? text.substring(o.end(), m.start()) : text.substring(m.end(), o.start());
            if (!between.matches("\\s+(?:and|&)\\s+")) continue;
            if (towns == null) {
                towns = new LinkedHashSet<>();
                for (Mention x : mentions) {
                    String town = institutionTown(text, x);
                    if (town != null) towns.add(town);
                }
            }
            String ow = EntityLinker.bare(o.text());
            if (institutionTown(text, o) != null || towns.contains(ow) && !ow.equals(EntityLinker.bare(m.text()))) return true;
        }
        return false;
    }

    /** The mention with another text and type, everything else kept. */
    static Mention copy(Mention m, String text, EntityType type) {
        return new Mention(m.id(), m.articleId(), m.start(), m.end(), text, type, m.date(), m.entityId(), m.blockType(), m.origin(),
                m.rejected());
    }
}

package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans an author name read from a page: drops the labels around it ("Veröffentlicht von", "Text: ", "Post author
 * By", "... am Samstag", "... says") and refuses what is no person's name: comment-form labels ("Name *"), placeholders
 * ("No Author", "admin", "Follow"); keeps the co-authors another source lists beside the first writer. A site's own
 * name is kept: on both sets of saved pages refusing it lost more right authors (a newsroom credited, a personal blog
 * named after its writer) than it cleared.
 */
public final class AuthorNames {
    private static final String LABEL_WORDS = "(?:texto|texte) de|testo di|post author|author|autor(?:in)?|auteur|verfasser(?:in)?|written by|posted by"
            + "|published by|text und (?:interview|fotos?)|text|interview|erstellt von|eingestellt von|veröffentlicht von"
            + "|publiziert von|geschrieben von|artikel von|(?:zeige )?alle beiträge von|beitrag von|ein beitrag von|von"
            + "|by|par|por|publié par|about the author|(?-i:oleh|[Aa]v)"
            // "author" in Russian and Serbian Cyrillic and in Hindi, Hebrew and Thai "by", Swahili "Na" (by) with a
            // capital before a name of two words at least (lower-case "na" is "and")
            + "|автор|аутор|लेखक|מאת|โดย|(?-i:Na)(?=\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu})"
            // Russian "text" and Thai "writer" ("Текст: Ольга Кузнецова", "ผู้เขียน: ..."), Italian "a cura di" (edited by,
            // the credit of a compiled piece); "text by" in Portuguese, Spanish, French and Italian ("Texto de ...") opens the
            // list, since "text" would match first (under (?i), a capital letter class after it also matches the "o")
            + "|текст|ผู้เขียน|a cura di"
            // a label naming what the person made ("Story by", "Words by", "Reporting by")
            + "|(?:story|words|compiled|reporting|report|article|column|photos and text|text and photos|fact[- ]check) by"
            // an opinion page's label ("Guest column by", "Commentary by", "Op-ed by")
            + "|(?:guest\\s+)?(?:column|commentary|op-ed|essay|opinion) by"
            + "|über|ein artikel von|eine kolumne von|ein interview von|text von|beitragvon"
            // a job title before the name ("Autor: Rechtsanwalt Sebastian Einbock"); academic titles stay with it
            + "|rechtsanwalt|rechtsanwältin|fachanwalt|fachanwältin|notar|notarin|steuerberater(?:in)?|pressesprecher(?:in)?"
            + "|redakteur(?:in)?|journalist(?:in)?|pfarrer(?:in)?|attorney|lawyer";
    private static final Pattern LEADING_LABEL = Pattern.compile("(?iU)^(?:[\\s|,:;·•~\\p{Pd}]+"
            // what the person made, with its colon: "Text and photos:", Hungarian "Szöveg és fotó:", "Írta:" (wrote),
            // Finnish "Teksti ja kuvat:"; before the one-word labels, which would leave "and photos:"
            + "|(?:(?:text|words|szöveg|teksti|írta)(?:\\s+(?:and|és|ja|&)\\s+(?:photos?|pictures|fotók?|képek|kuvat))?"
            + "|(?:photos?|fotók?|képek|kuvat)\\s+(?:and|és|ja|&)\\s+(?:text|szöveg|teksti))\\s?:\\s*"
            + "|(?:" + LABEL_WORDS
            + ")(?=[\\s:|]|\\p{Lu})\\s*:?\\s*"
            // a newsroom role as a label, with its colon ("Reporter: Alan Pettigrew"); without one it may be a surname
            + "|(?:reporter(?:in)?|correspondent|correspondant(?:e)?|corresponsal|journalist|giornalista|verslaggever"
            // Indonesian "Penulis:" (writer), Turkish "Haber:" (news) and "Muhabir:" (reporter), with their colon
            + "|penulis|haber|muhabir|oleh)\\s?:\\s*)");
    /** One or two Arabic words and a colon before a name of Arabic words: a place ("دبي:") or a label ("كتب:"). */
    private static final Pattern ARABIC_LEAD = Pattern.compile("^\\p{IsArabic}+(?:\\s+\\p{IsArabic}+)?\\s*[:：]\\s*"
            + "(?=\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){1,3}$)");
    /** What follows a name in a byline: a date word, "says", "all articles", a URL. */
    private static final Pattern TRAILING = Pattern.compile("(?iU)\\s+(?:(?:am|on|vom|,?\\s*(?:said|says|sagt|schreibt)"
            // whole words only: "Kamal Amer" keeps its "Amer"
            + "|alle artikel|all posts|alle beiträge)\\b|(?:—|-|\\|)\\s*(?:veröffentlicht|published|https?://)).*$"
            + "|\\s+(?:mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\.?$"
            + "|\\s*[-–—|]\\s*https?://\\S*$"
            // "... at" or "... um" left when a byline's time was cut off; "Mitglied der Redaktion", "Alles von ..."
            + "|\\s+(?:at|um|à)$|\\s+(?:mitglied der|member of|alles von|more from|mehr von)\\s.*$"
            // a date's label after the name, where a byline's spans run on into its date ("By Jane Roe Published March
            // 3, 2036", "Jane Roe Updated 2 hours ago", as pages whose class names are generated print them)
            + "|\\s+(?:last\\s+)?(?:published|updated|posted|modified|veröffentlicht|aktualisiert)(?=[\\s:]|$).*$"
            // a last change's line alone is no name ("Last Updated: January 7, 2025")
            + "|^last\\s+(?:updated|modified)(?=[\\s:]|$).*$");
    /** A photographer's or illustrator's credit after the writer's ("Ольга Кузнецова, фото: Игорь Белов", "| Fotos: ..."). */
    private static final Pattern PICTURE_CREDIT = Pattern.compile("(?iU)\\s*[,|·•/;]\\s*(?:фото|photos?|fotos?|fotografía|fotografia"
            + "|bilder?|illustration|infografik)\\s*:.*$");
    /**
     * A newsroom's role word printed right after the name with no separator, where the page sets it in an element of
     * its own ("Martina Gómez Periodista"): only the words of other languages, since an English one may be a surname.
     */
    private static final Pattern ROLE_AFTER = Pattern.compile("(?iU)(?<=\\p{L}\\s\\p{L}{1,40})\\s+(?:periodista|redactora?|corresponsal"
            + "|journaliste|rédacteur|rédactrice|correspondante?|giornalista|jornalista|redakteur(?:in)?|korrespondent(?:in)?"
            + "|dziennikar(?:z|ka)|wartawan|muhabir)$");
    /** A desk after the name and a dash or bar ("Juan Camilo Restrepo - Redacción Medellín"): not part of the name. */
    private static final Pattern DESK_AFTER = Pattern.compile("(?iU)\\s+[\\p{Pd}|/]\\s*(?:redacción|redazione|redaktion|rédaction"
            + "|redação|redacção|redaksi|redactie)\\b.*$");
    /** An e-mail address beside the name ("Emily Carter | ecarter@example.com", "(ecarter@example.com)"). */
    private static final Pattern EMAIL = Pattern.compile("\\s*[|,/(<\\[\\p{Pd}]?\\s*(?:mailto:)?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?");
    /**
     * A job title after the name and a comma, a dash, a bar or a slash ("Jane Roe, Health Correspondent", "Max Muster |
     * Redakteur", "Carlene Davis/Staff Reporter"): the role word must be one of a newsroom's.
     */
    private static final Pattern ROLE = Pattern.compile("(?iU)\\s*(?:[,|–—/]|\\s-)\\s*(?:[\\p{L}'’&-]+\\s+){0,3}"
            + "(?:correspondent|reporter|editor|writer|columnist|contributor|producer|anchor|critic|analyst"
            + "|korrespondent(?:in)?|redakteur(?:in)?|reporter(?:in)?|correspondant(?:e)?|journaliste|rédact(?:eur|rice)"
            + "|corresponsal|periodista|redactor(?:a)?)s?\\b[^,;]*$");
    /**
     * A news agency credited after the writer's full name ("Javier Ruiz / EFE", "AMY LIU Associated Press", "AMY LIU AP
     * Business Writer"); the agency alone stays, as the credit of a wire story.
     */
    private static final Pattern AGENCY = Pattern.compile("(?:\\s*[/|,(–—]\\s*|\\s+-\\s+)(?:AP|AFP|EFE|dpa|DPA|APA|ANSA|KNA|epd"
            + "|SDA|PA|Reuters|Xinhua|Kyodo|Europa Press"
            // Indian, Czech, Slovak, Hungarian, Romanian and Korean agencies ("Rohan Deshpande / TNN", "Jana Nová, ČTK")
            + "|TNN|PTI|IANS|ANI|ČTK|CTK|TASR|MTI|Agerpres|Yonhap)\\)?$"
            + "|(?:\\s*[/|,(–—]\\s*|\\s+-\\s+|\\s+)(?i:(?:the\\s+)?(?:associated press|agence france-presse))\\)?$"
            // the wire's desk title after the names, with no comma ("CLAIRE NUNEZ and DEV PATEL AP Business Writers")
            + "|\\s+(?:AP|(?i:associated press))(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}\\s+(?i:writers?|reporters?|correspondents?"
            + "|editors?)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?iU)^(?:name|e-?mail|website|no author|unknown|anonymous"
            + "|admin|administrator|webmaster|follow|folgen|by|von|publiziert|veröffentlicht|posted|published|share"
            + "|alle beiträge|all posts|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
            // a label left alone ("Auteur :" over an empty field)
            + "|author|autor|autorin|auteur"
            // an advertising label over a sponsored box ("Gesponserte Inhalte", "Sponsored content")
            + "|gesponserte?(?: inhalte| beiträge| links)?|sponsored(?: content| posts?| links)?|anzeigen?|advertisement|werbung)$"
            // a reporter's role with no name ("Staff Reporter", "Our Correspondent", "Special Correspondent")
            + "|^(?:(?:our|staff|special|own|senior)\\s+){0,2}(?:reporter|writer|correspondent)s?$"
            // a desk, a bureau or a news service credited with no name ("Web Desk", "News Desk", "From Our Bureau",
            // "Express News Service"), and a copyright line's "All Rights Reserved"
            + "|^(?:[\\p{L}&]+\\s+){0,2}desk$|^(?:from\\s+)?our\\s+(?:own\\s+)?(?:bureau|correspondents?|reporters?)$"
            + "|^(?:[\\p{L}]+\\s+){0,2}news\\s+service$|^all rights reserved\\.?$"
            + "|\\*|\\((?:erforderlich|required|obligatoire)\\)"
            // a theme's credit in the author meta tag ("Peter Amende und Fuchsy designed")
            + "|\\b(?:designed|theme by|design by)\\b"
            // an editor's credit ("Revised Edition Edited by Adrian Parr") names no writer
            + "|\\bedited by\\b");

    /**
     * Words that open with a lowercase word other than a name's particle and go on to a capitalized one ("deinen
     * Hochzeitsbloggern", "so Artikel empfehlen", a web agency's "wegewerk GmbH"): a phrase, not a writer's name (a
     * login is one word and stays; "vom Krimiblogger" keeps its preposition for the labels to read).
     */
    private static final Pattern PHRASE = Pattern.compile("^(?!(?:von|vom|van|de|der|den|di|da|du|le|la|zu|del|dos|ten|ter|al|el"
            + "|bin|ibn)\\s)\\p{Ll}+\\s.*\\p{Lu}");
    /** A reporter's title after the name in Korean and Japanese ("박서연 기자", "山田太郎記者"), with its correspondent's forms. */
    private static final Pattern EAST_ASIAN_ROLE = Pattern.compile("\\s*(?:선임기자|객원기자|기자|특파원|記者|特派員)$");
    /**
     * A publication the writer wrote for, after a full name ("HARRIET COLE FOR THE DAILY BEACON", "Jane Roe for
     * MailOnline"): the name is two to four capitalized words, the publication opens with a capital.
     */
    private static final Pattern WROTE_FOR = Pattern.compile("(?U)^((?:\\p{Lu}[\\p{L}.'’\\-]*\\s+){1,3}\\p{Lu}[\\p{L}.'’\\-]*)"
            + "\\s+(?:FOR|For|for)\\s+\\p{Lu}.*$");
    /** A newsroom's generic name for itself ("Redazione", "Redaktion", "Staff"): no writer's name. */
    private static final Pattern NEWSROOM = Pattern.compile("(?iU)^(?:la\\s+|die\\s+|the\\s+)?(?:redazione|redaktion|rédaction"
            + "|redacción|redactie|redação|redacção|redaksi|redacția|redacţia|redactia|newsroom|news desk|staff)$"
            // the newsroom's word before the paper's name ("Redaksi Kabar Tambakrejo", "Redaktion Stadtanzeiger",
            // Romanian "Redacția Ziarul ...")
            + "|^(?:redazione|redaktion|rédaction|redacción|redactie|redação|redacção|redaksi|redacția|redacţia|redactia)"
            + "\\s+\\p{Lu}.*$"
            // a paper's or a station's staff credit ("Capitol Ledger Staff", "KWRB News Staff", "Courier Staff Reports")
            + "|^(?:[\\p{L}\\d.&'’]+\\s+){1,4}staff(?:\\s+reports?)?$");

    /** What separates co-authors in one author string (also the writers of an agency's end credits). */
    static final Pattern CO_AUTHOR_SPLIT = Pattern.compile("(?iU)\\s*(?:[,;&]|\\band\\b|\\bund\\b)\\s*");

    /** A word of a byline with its separators: letters, apostrophes, dots and hyphens. */
    private static final Pattern WORD = Pattern.compile("(?U)[\\p{L}\\p{M}'’.\\-]+");
    /** Agencies and broadcasters written in capitals, which a byline in capitals keeps ("AMY LIU / AP"). */
    private static final Set<String> ACRONYMS = Set.of("AP", "AFP", "BBC", "ČTK", "CTK", "EFE", "DPA", "APA", "ANSA", "KNA",
            "SDA", "PA", "TNN", "PTI", "IANS", "ANI", "TASR", "MTI", "UPI", "CNN", "NPR", "ABC", "CBS", "NBC", "AAP", "ANP",
            "PAP", "II", "III", "IV");
    /** Name particles and joining words a byline in capitals writes in lower case inside a name ("de la Cruz", "and"). */
    private static final Set<String> LOWER_WORDS = Set.of("and", "und", "et", "y", "e", "de", "del", "della", "van", "von",
            "der", "den", "du", "dos", "da", "ten", "ter", "bin", "ibn");

    /** Words of an institution's name, which a byline in capitals keeps as printed. */
    private static final Pattern INSTITUTION = Pattern.compile("(?iU)\\b(?:world|department|agency|customs|protection|police"
            + "|council|bureau|authority|commission|ministry|office|service|radio|television|tv|network)\\b");
    /** A vowel, in any Latin script's letters ("y" counts: "LYNN"). */
    private static final Pattern VOWEL = Pattern.compile("(?iU)[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿăąęėěīįőűůųœ]");

    private AuthorNames() {
    }

    /**
     * {@code author} as a reader expects to see it: a byline printed wholly in capitals ("CHINEDU OKAFOR and AMY LIU",
     * "O'NEILL", "de la CRUZ") in title case ("Chinedu Okafor and Amy Liu", "O'Neill", "de la Cruz"), keeping agencies
     * in capitals (AP, AFP, ČTK) and "Mc" ("McDONALD" as "McDonald"); any other author unchanged, as is a Turkish or an
     * Azerbaijani page's (its capital I may stand for a dotless i) and a lone short word that may be initials ("DT").
     */
    public static String readerCase(String author, String language) {
        if (author == null || language != null && language.toLowerCase(Locale.ROOT).matches("(?:tr|az)(?:[-_].*)?")) return author;
        Matcher m = WORD.matcher(author);
        int capitals = 0;
        int longest = 0;
        while (m.find()) {
            String w = m.group();
            if (LOWER_WORDS.contains(w) || w.equals("la") || w.equals("le") || !w.codePoints().anyMatch(Character::isLetter)) continue;
            String rest = w.substring(printedPrefix(w).length());
            if (!rest.equals(rest.toUpperCase(Locale.ROOT))) return author;
            String letters = rest.replaceAll("[^\\p{L}]", "");
            if (ACRONYMS.contains(letters) || letters.length() < 2) continue;
            capitals++;
            longest = Math.max(longest, letters.length());
        }
        if (capitals == 0 || capitals == 1 && longest <= 3 || !personsInCapitals(author)) return author;
        StringBuilder out = new StringBuilder();
        m.reset();
        int at = 0;
        boolean first = true;
        String previous = "";
        while (m.find()) {
            out.append(author, at, m.start());
            at = m.end();
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            String word;
            if (ACRONYMS.contains(w.replaceAll("[^\\p{L}]", "")) || !w.codePoints().anyMatch(Character::isLetter)) {
                word = w;
            } else if (LOWER_WORDS.contains(w) || !first && (LOWER_WORDS.contains(lower) || (lower.equals("la") || lower.equals("le"))
                    && (previous.equals("de") || previous.equals("del")))) {
                word = lower;
            } else {
                String prefix = printedPrefix(w);
                word = prefix + titleWord(w.substring(prefix.length()));
            }
            out.append(word);
            previous = word;
            first = false;
        }
        return out.append(author.substring(at)).toString();
    }

    /**
     * Whether a byline in capitals names people: each writer a name of two words at least, no word without a vowel (an
     * acronym: "KBS WORLD", "BDZV"), no company's or institution's word ("NATURSTROM AG", "U.S. CUSTOMS AND BORDER
     * PROTECTION"); one word alone ("GESE") may be a login or an acronym and stays as printed.
     */
    private static boolean personsInCapitals(String author) {
        if (PageBylines.organisation(author) || INSTITUTION.matcher(author).find()) return false;
        for (String writer : CO_AUTHOR_SPLIT.split(AGENCY.matcher(author).replaceFirst(""))) {
            String[] words = writer.strip().split("\\s+");
            if (words.length < 2) return false;
            for (String w : words) {
                String letters = w.replaceAll("[^\\p{L}]", "");
                if (!w.contains(".") && letters.length() > 1 && !ACRONYMS.contains(letters) && !VOWEL.matcher(letters).find()) return false;
            }
        }
        return true;
    }

    /** "Mc" or "Mac" as a name printed in capitals writes it before a capital ("McDONALD", "MacLEOD"); else "". */
    private static String printedPrefix(String w) {
        for (String p : new String[] {"Mc", "Mac"}) {
            if (w.startsWith(p) && w.length() > p.length() + 1 && Character.isUpperCase(w.codePointAt(p.length()))) return p;
        }
        return "";
    }

    /** One word in title case: a capital after a hyphen, a dot, "O'" and "D'" and "Mc" ("Smith-Jones", "J.R.", "McDonald"). */
    private static String titleWord(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean start = true;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            out.appendCodePoint(start ? Character.toTitleCase(cp) : cp);
            i += Character.charCount(cp);
            // a new part after a hyphen or a dot, after a one-letter prefix with its apostrophe, after "Mc"
            start = cp == '-' || cp == '.' || (cp == '\'' || cp == '’') && out.length() == 2
                    || out.length() == 2 && out.toString().equals("Mc") && lower.length() > 3;
        }
        return out.toString();
    }

    /** {@code raw} without labels around the name; null when nothing that reads as a name is left. */
    public static String clean(String raw) {
        if (raw == null) return null;
        String s = raw.replace('\u00A0', ' ').replace("\u00AD", "").replaceAll("\\s+", " ").strip();
        // a label of more languages with its colon ("Höfundur:", "Авторы:", "Հեղինակ՝"), before the labels below read
        // "Авторы" as "автор" and a letter
        s = MoreBylineLabels.strip(s);
        for (int i = 0; i < 4; i++) {
            String t = LEADING_LABEL.matcher(s).replaceFirst("").strip();
            if (t.equals(s)) break;
            s = t;
        }
        // a label of a right-to-left or Indic script ("ዘጋቢ፡", "എഴുതിയത്:"), a place after the name, a staff credit
        s = ScriptLabels.clean(s);
        if (s == null) return null;
        // an Arabic paper's place before the name, with its colon ("دبي: سارة الكعبي"), or its label ("بقلم:")
        s = ARABIC_LEAD.matcher(s).replaceFirst("");
        // "بقلم" without its colon, or the place before a dash ("الرياض - خالد العتيبي")
        s = ArabicBylineLeads.strip(s);
        // a Chinese, Japanese or Korean writer's label ("文：", "取材・文／", "本报记者", "본사기자")
        s = EastAsianCredits.strip(s);
        s = EMAIL.matcher(s).replaceAll("").strip();
        s = TRAILING.matcher(s).replaceFirst("").replaceAll("[\\s|,;:·•\\p{Pd}]+$", "").strip();
        s = PICTURE_CREDIT.matcher(s).replaceFirst("");
        s = DESK_AFTER.matcher(s).replaceFirst("");
        s = ROLE.matcher(s).replaceFirst("");
        s = ROLE_AFTER.matcher(s).replaceFirst("");
        s = EAST_ASIAN_ROLE.matcher(s).replaceFirst("");
        s = WROTE_FOR.matcher(s).replaceFirst("$1");
        // only after a full name: initials or a short sign with the agency ("det/dpa") are the newsroom's signature
        String person = AGENCY.matcher(s).replaceFirst("").replaceAll("[\\s|,;:·•\\p{Pd}]+$", "").strip();
        if (person.contains(" ")) s = person;
        if (s.codePointCount(0, s.length()) < 2 || PLACEHOLDER.matcher(s).find() || PHRASE.matcher(s).find()) return null;
        return s;
    }

    /**
     * The list of writers another source gives when it names the chosen author among more people (JSON-LD's author
     * naming the first writer, its creator or the author meta tag all of them); else {@code author}.
     */
    public static String coAuthors(String author, String[] candidates) {
        if (author == null) return null;
        List<String> first = List.of(CO_AUTHOR_SPLIT.split(author));
        for (String candidate : candidates) {
            String c = clean(candidate);
            if (c == null) continue;
            List<String> more = new ArrayList<>();
            for (String n : CO_AUTHOR_SPLIT.split(c)) {
                String name = clean(n);
                if (name != null) more.add(name);
            }
            if (more.size() > first.size() && more.size() <= 4 && more.stream().allMatch(n -> n.contains(" "))
                    && first.stream().allMatch(n -> more.stream().anyMatch(n::equalsIgnoreCase))) {
                return String.join(", ", more);
            }
        }
        return author;
    }

    /** Whether {@code author} is a newsroom's generic name for itself ("Redazione", "Staff"), which a printed byline beats. */
    static boolean newsroom(String author) {
        return author != null && NEWSROOM.matcher(author.strip()).matches();
    }

    /** {@code printed} when it is a name of more words that opens with the one word {@code author}; else null. */
    static String fuller(String author, String printed) {
        return printed != null && printed.regionMatches(true, 0, author + " ", 0, author.length() + 1) ? printed : null;
    }
}

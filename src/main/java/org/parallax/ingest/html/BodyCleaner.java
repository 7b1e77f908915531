package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.parallax.ingest.html.BlockWalker.BlockText;
import org.parallax.model.BlockType;

/**
 * Tidies the blocks of an extracted body by kind of line, never by site: photo credits and captions that pages mark
 * up as plain paragraphs become CAPTION blocks, a caption repeated later is dropped, and the time stamps, URL lines
 * and repeated headline that pages print above the story's first paragraph are left out, and so are the calls to
 * subscribe, follow or download the app, lines about the post (its category, comments) and a closing block of contact
 * lines among the body's last lines.
 */
public final class BodyCleaner {
    /**
     * How a photo credit or a numbered figure's caption opens, in the languages of the pages we see most ("Photo:",
     * "Foto:", "Bild:", "©", "Abbildung 4:", "Figure 2:").
     */
    private static final Pattern CREDIT_START = Pattern.compile("(?iu)^[(\\[]?\\s*(©|\\(c\\)\\s|copyright\\b"
            + "|(photo(graph)?s?|pictures?|images?|fotos?|bild(er)?|fotografie|foto\\s?credit|imagen|cr[ée]dits?"
            + "( photo)?|credits?|titelbild|bildquelle|bildnachweis|quelle\\s*(foto|bild)|(image|photo) (d'|d’)?illustrati(ve|on)"
            + "|symbol(bild|foto)|beispielbild)\\s*(:|by\\b|von\\b|via\\b|de\\b)|(zum\\s+)?vergrößern\\s+(?-i:\\p{Lu})"
            + "|(photo|picture|image)\\s+(by|courtesy)\\b|(photo|foto|bild|image)[-\\s]?(credits?|sources?|quellen?)\\s*(:|(?-i:\\p{Lu}))"
            + "|(photos?|fotos?)\\s*\\(cc\\)\\s*:"
            + "|(abbildung|abb\\.|fig(ure|\\.)|grafik|gr[aá]fico|ilustraci[oó]n|rys\\.|ryc\\.)\\s*\\d*[a-z]?\\s*[:–-])");
    /** How a caption ends when it names the photo agency: "(Reuters)", "| © Getty Images", "/ iStock.com". */
    private static final Pattern CREDIT_END = Pattern.compile("(?iu)([(|/]|\\s[–—-])\\s*(©\\s*)?[^()|]{0,60}\\b(getty\\s?images"
            + "|istock(photo)?(\\.com)?|shutterstock|unsplash|pixabay|picture[- ]alliance|imago(\\s+images)?|keystone"
            + "|ap\\s+photo|afp(\\s+photo)?|reuters|dpa|epa)\\b[^()|]{0,30}\\)?\\.?$");
    private static final int MAX_CREDIT_CHARS = 220;
    /** A heading opening with "Copyright" is a credit's label at most this long ("Copyright / Rechte"). */
    private static final int COPYRIGHT_LABEL_WORDS = 3;
    /** A date as pages print it: ISO, 31.05.2012, 05/31/2012, "31. Mai 2012", "Jun 18th, 2018", or a clock time. */
    private static final Pattern DATE = Pattern.compile("(?iu)\\d{4}-\\d{1,2}-\\d{1,2}([t ]\\d{1,2}:\\d{2}(:\\d{2}([.,]\\d+)?)?"
            + "(z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{1,2}\\.?\\s+\\p{L}{3,}\\.?,?\\s+\\d{4}"
            + "|\\p{L}{3,}\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}[:h]\\d{2}(\\s*[ap]\\.?m\\.?)?");
    private static final Pattern URL_LINE = Pattern.compile("(?i)^(https?://|www\\.)\\S+$");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Lines above the story with this many characters or more are prose: the lead ends there. */
    private static final int PROSE_CHARS = 120;
    private static final int LEAD_BLOCKS = 8;
    /** A caption this long repeated is the same caption printed twice. */
    private static final int REPEAT_WORDS = 8;
    /**
     * A line printed again right under itself is one line: a heading, or a short line of at least
     * {@value #TWIN_WORDS} words and under {@value #TWIN_CHARS} characters (a subheading or kicker that a template
     * prints above the story and the editor again at the top of its text). Paragraphs and table cells ("48 Monate",
     * "0") may rightly repeat.
     */
    private static final int TWIN_WORDS = 3;
    private static final int TWIN_CHARS = 100;

    /**
     * What a call to action says: subscribe, sign up for the newsletter, download the app, follow us, join the channel,
     * news "to your inbox", leave a comment, never miss, share this article, do you like our magazine, in the languages
     * of the pages we see. Only short lines at the end of a body are judged by it.
     */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?iu)\\b(subscrib\\w*|newsletter\\w*|sign up"
            + "|download (the|our) (\\w+ )?apps?|get (the|our) apps?|follow (us|the \\w+) on|(telegram|youtube|whatsapp)[- ]?(channel|kanal)"
            + "|canal de (telegram|youtube|whatsapp)|suscr[ií]b\\w*|hazte miembro|abonn\\w*|if you (enjoyed|liked) (reading )?this"
            + "|support (our|independent) journalism|to your (phone|inbox|smartphone|handy)|subskrypc\\w*"
            + "|(hinterlass\\w*|schreib\\w*) (mir |uns )?(doch )?(einfach |gerne )?(einen|ein) kommentar|leave (me |us )?a comment"
            + "|let (me|us) know in the comments|(nichts|keine \\w+) mehr (verpassen|versäumen)|never miss"
            + "|als pdf herunterladen|download (as|the) pdf|(möchten sie|willst du|möchtest du) (den|diesen) (artikel|beitrag) teilen"
            + "|share this (article|story|post)|gefällt (dir|ihnen|euch) (unser|unsere|dieser|der|das)"
            + "|(weitere|mehr) (infos?|informationen)( hierzu| dazu| zum thema)? (unter|auf|bei|gibt es|finden sie|erhalten sie)"
            + "|for (more|further) information,? (visit|see|go to|contact)|more information (is available )?(at|on) (www|http|our)"
            + "|(eingeloggt|angemeldet) sein,? um (\\w+ )?kommentar\\w*|(logged|signed) in to (post|leave|write) a (comment|reply)"
            + "|gibt (ausschließlich |nur )?die (persönliche )?meinung de[rs] (autors|autorin|verfassers|verfasserin)"
            + "|(do|does) not necessarily (reflect|represent))\\b");
    private static final int CALL_TO_ACTION_CHARS = 300;
    /**
     * A line about the post rather than of it: its category and tags, when it was posted, the state of its comments
     * ("This entry was posted in", "Kategorie: News", "Keine Kommentare"). Judged on short lines above the story and
     * among its last lines only.
     */
    private static final Pattern POST_LINE = Pattern.compile("(?iu)^\\s*(this entry was posted|posted in\\b|filed under\\b"
            + "|categor(y|ies)\\s*:|kategorien?\\s*:|categor[ií]as?\\s*:|cat[ée]gories?\\s*:|tags?\\s*:|schlagw[öo]rter\\s*:"
            + "|(der|dieser) (beitrag|eintrag|artikel|text) wurde (am|veröffentlicht)\\b|(keine|no|\\d+) (kommentare|comments)( yet| bisher| vorhanden)?\\W*(\\(.*\\))?$"
            + "|kommentare (geschlossen|schreiben)|kommentarfeed\\b|comments (are )?closed|leave a (comment|reply)\\b"
            + "|permalinks?\\b|permalien\\b|enlace permanente\\b"
            // a feed item's footer that WordPress adds to every post in its feeds ("The post X appeared first on Y.")
            + "|the post .{1,300} appeared first on .{1,120}$)");
    private static final int POST_LINE_CHARS = 400;
    /** A field's label: one to three words before a colon, at the line's start or after a field's value. */
    private static final Pattern FIELD_LABEL = Pattern.compile("(?u)(^|\\s|\\|)\\p{L}+(\\s\\p{L}+){0,2}\\s?:(\\s|$)");
    private static final int FIELD_LINE_CHARS = 120;
    /**
     * A record of the post set as fields between bars ("Aufrufe: 1120 | Hinzugefügt von: X | Tags: ...", "Freitag | 14.
     * Juni 2019 | 15:49 von X in Fashion | 0 Comments"): three short parts or more, two of them labelled or a date among
     * them, and no part a sentence.
     */
    private static final Pattern BAR = Pattern.compile("\\s+\\|\\s+");
    private static final int RECORD_PARTS = 3;
    private static final int RECORD_PART_CHARS = 50;
    /**
     * A closing line that names the author or the last update ("Von: Name", "By: Name", "Aktualisiert am 17.01.2021."):
     * a record of the post, judged among the last lines only.
     */
    private static final Pattern CLOSING_BYLINE = Pattern.compile("(?iu)^(von|by|autor(in)?|author|text)\\s*:\\s*"
            + "\\p{Lu}[\\p{L}.'-]*(\\s+\\p{Lu}[\\p{L}.'-]*){0,3}\\.?$");
    /**
     * A closing line that records who posted the post, and maybe when ("Posted by A. Name @ 12:00 am", "Gespeichert von
     * name am 24. Juli 2017", "Erstellt von name", "Publié par ..."): no sentence stop (a dot only after a number or
     * an initial) and at most
     * {@value #POSTED_BY_CHARS} characters, judged among the last lines only.
     */
    private static final Pattern POSTED_BY = Pattern.compile("(?iu)^(posted|written|published|geschrieben|gespeichert"
            + "|veröffentlicht|eingestellt|erstellt|verfasst|publié|écrit|publicado|escrito|opublikowano|dodano|napisane)"
            + "\\s+(by|von|par|por|przez)\\b([^.!?]|(?<=\\p{N})\\.|(?<=(^|\\s)\\p{L})\\.)*$");
    private static final int POSTED_BY_CHARS = 80;
    private static final Pattern UPDATED = Pattern.compile("(?iu)^((zuletzt )?aktualisiert|(last )?updated|stand|last modified"
            + "|actualizado|mis à jour|zaktualizowano)\\b");
    private static final int FIELD_LINE_WORDS = 10;
    /**
     * The label of an advertisement or of a disclosure that a post is one ("- Anzeige -", "*Werbung.", "Sponsored"): a
     * line that is nothing else is dropped wherever it stands, a short line opening with it above the story too.
     */
    private static final Pattern AD_LABEL = Pattern.compile("(?iu)^[\\s*\\-–—|(\\[]*(anzeige|werbung|advertisement|advertorial"
            + "|sponsored( content| post)?|publicidad|publicit[ée]|reklama|pubblicit[àa])(?![\\p{L}\\p{N}])(?<after>[\\s*\\-–—|)\\]:.]*)");
    private static final int AD_LINE_CHARS = 200;
    /**
     * The note that the story goes on past an advertisement slot ("Story continues below advertisement", "CONTINUA
     * DEPOIS DA PUBLICIDADE", "Der Artikel wird nach der Anzeige fortgesetzt", "La suite après la publicité"): a whole
     * line, dropped wherever it stands, in the languages of the pages we see.
     */
    private static final Pattern AD_CONTINUES = Pattern.compile("(?iu)^[\\s(\\[*\\-–—]*(((the )?(story|article|text|report)"
            + " )?continues (below|after) (the |this )?(advertisement|ad)|(o )?(texto |artigo |nota |art[ií]culo )?"
            + "(continua|contin[uú]a) (depois|despu[eé]s|abaixo|debajo|ap[oó]s|tras) (d[aoe]l?|la) ?(la )?(publicidade|publicidad|anuncio)"
            + "|(der )?(artikel|text|beitrag) (geht|wird) (nach|unter) der (anzeige|werbung) (weiter|fortgesetzt)"
            + "|weiter nach der (anzeige|werbung)|(la )?suite (de l'article )?(apr[eè]s|sous) (la|cette) publicit[ée]"
            + "|(dalsza część|ciąg dalszy) (artykułu )?(pod|po) reklam(ą|ie))[\\s.:)\\]*\\-–—]*$");
    /** Below the lead, a line opening with an advertisement label is dropped when it is at most this long. */
    private static final int AD_LINE_ANYWHERE = 100;
    /**
     * A line that only takes the reader back, or on to a named page ("zurück", "Zurück zur Übersicht", "« Back to the
     * list", "Retour", "... weiter zu „die Wortwahl“"): the page's navigation left in the body, in the languages of the
     * pages we see. A bare "Next" stays: slides and tours are read through it.
     */
    private static final Pattern NAV_LINE = Pattern.compile("(?iu)^[\\s«<‹←.…]*((zurück|back|retour|volver|regresar|wróć|powrót"
            + "|torna indietro|terug)(\\s+(zur|zum|zu|to( the)?|à la|au|a la|al|do)\\b[^.!?:]{0,40})?"
            + "|weiter\\s+(zur|zum|zu|mit)\\b[^.!?:]{0,40})[\\s»>›→]*$");
    /**
     * A line that is only a share or print button's label ("Teilen", "Drucken", "Share on Facebook", "Diesen Artikel
     * teilen:", "Teilen Sie dies mit:", "Partager", "Udostępnij"), left in the body when its bar carries no furniture
     * class word; in the languages of the pages we see. Dropped wherever it stands: no sentence is only that.
     */
    private static final Pattern SHARE_LINE = Pattern.compile("(?iu)^[\\s|•·]*((jetzt |(diese[ns]?|den|die) (artikel|beitrag|seite"
            + "|geschichte|news) |seite |beitrag |artikel |news |mit freunden )?(teilen|drucken|ausdrucken)( mit)?"
            + "|teilen sie (dies|diesen (artikel|beitrag)) mit|(share|print|tweet)( (this|the) (article|story|post|page))?|e-?mail (this|the) (article|story|post|page)"
            + "( (on|via) (facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|xing|email|e-mail))?"
            + "|(teilen|share) (auf|on|via) (facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|xing)"
            + "|(partager|imprimer)( (cet article|la page|l'article))?|(compartir|imprimir)( (este art[ií]culo|esta nota|esta p[aá]gina))?"
            + "|(udostępnij|drukuj)( (artykuł|stronę))?|(condividi|stampa)( (l'articolo|questo articolo))?)[\\s:|•·]*$");

    /**
     * A short line that only offers a file ("Dieses Skript als PDF herunterladen", "Pressemitteilung als PDF", "PDF
     * version", "Whitepaper kostenlos downloaden", "Kostenloser Download:"): the download word or the format ends it, so
     * "You can download Python here" and "Manage your downloads" stay.
     */
    private static final Pattern DOWNLOAD_LINE = Pattern.compile("(?iu)^[^.!?]{1,50}\\s(herunterladen|downloaden|downloads?\\s*:"
            + "|als pdf|pdf[- ]version)\\s*:?$");
    /**
     * A site's own notice that it sets cookies ("Informujemy, że korzystamy z cookies.", "Diese Website nutzt Cookies"),
     * left in the body when its box carries no cookie class word; only short lines are judged by it.
     */
    private static final Pattern COOKIE_LINE = Pattern.compile("(?iu)\\b(we use|(this|our) (site|website) uses"
            + "|diese (website|webseite|seite) (nutzt|verwendet|speichert)|wir (verwenden|nutzen|setzen)|korzystamy z|używamy"
            + "|utilise|utilisons|utilizamos|usamos|usiamo)\\b[^.!?]{0,60}\\bcookies?\\b");
    private static final int COOKIE_LINE_CHARS = 300;
    /** The label of a consent placeholder left where an embedded post was ("Externer Inhalt", "External content"). */
    private static final Pattern CONSENT_LINE = Pattern.compile("(?iu)^((empfohlener )?externer inhalt|external content"
            + "|inhalte? von drittanbietern|third[- ]party content|contenu externe|contenido externo)\\s*:?$");
    /**
     * A line naming where a report came from ("Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022", "Źródło: GUS"):
     * a record of the post, judged among the last lines only and when short.
     */
    private static final Pattern SOURCE_LINE = Pattern.compile("(?iu)^[\\s(\\[]*(quellen?|sources?|fuente|źródło|fonte)\\s*:");
    private static final int SOURCE_LINE_CHARS = 150;
    /** An agency's or editors' sign-off closing a report: initials and agency joined by slashes ("aja/PAP", "(mb/AFP)"). */
    private static final Pattern SIGN_OFF = Pattern.compile("(?u)^[(\\[]?\\p{L}{1,6}(\\s*/\\s*\\p{L}{1,8}){1,3}[)\\]]?\\.?$");
    /** How many blocks at the end of a body are looked at for calls to action. */
    private static final int TAIL_BLOCKS = 4;

    /**
     * A label that opens a closing block of contact lines or further links: "Kontakt:", "Pressekontakt", "Media
     * contact", "Weitere Informationen:". Only whole short lines are judged by it.
     */
    private static final Pattern CLOSING_LABEL = Pattern.compile("(?iu)^(presse?-?kontakte?|kontakte?|ansprechpartner(in)?"
            + "|contacts?|media contacts?|press contacts?|press enquiries|contacto( de prensa)?|kontakt dla medi[oó]w"
            + "|weitere informationen|mehr informationen|more information|for more information|further information"
            + "|plus d'informations|m[aá]s informaci[oó]n)(\\s+(zum|zur|zu|about|on|for|de|sur)\\b[^.!?:]{0,40})?\\s*:?$");
    /**
     * The heading of an author's biography: the biography itself is removed by its class words, and this label is left
     * dangling as the body's last line. With the biography still under it the label stays, as Readability keeps both.
     */
    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?iu)^([uü]ber den autor(in)?|zum autor|about the author"
            + "|sobre el autor|[àa] propos de l'auteur|o autorze)\\s*:?$");
    /** How many blocks at the end of a body may form a closing contact block, and how long each of its lines may be. */
    private static final int CLOSING_BLOCKS = 12;
    private static final int CLOSING_LINE = 200;

    private BodyCleaner() {
    }

    /** The blocks of a body whose headline is {@code title} (may be null), tidied as the class describes. */
    public static List<BlockText> clean(List<BlockText> blocks, String title) {
        List<BlockText> out = new ArrayList<>(blocks.size());
        Set<String> seen = new HashSet<>();
        boolean lead = true;
        for (BlockText b : blocks) {
            BlockText t = isCredit(b) ? new BlockText(BlockType.CAPTION, b.text()) : b;
            String key = normal(t.text());
            if (lead && (out.size() >= LEAD_BLOCKS || isProse(t))) lead = false;
            if (lead && (isTimestamp(t.text()) || URL_LINE.matcher(t.text().strip()).matches() || repeatsTitle(t, title)
                    || isPostLine(t) || isAdLabel(t, AD_LINE_CHARS))) {
                continue;
            }
            if (isAdLabel(t, AD_LINE_ANYWHERE) || isNavLine(t) || isDownloadLine(t) || isCookieLine(t) || isShareLine(t)
                    || b.type() != BlockType.CAPTION && AD_CONTINUES.matcher(t.text().strip()).matches()) {
                continue;
            }
            // a caption printed twice (a gallery's thumbnail and its slide) is read once; a short credit ("Photo by
            // X") rightly stands under each of several photos
            if (t.type() == BlockType.CAPTION && !seen.add(key) && words(key) >= REPEAT_WORDS) continue;
            if (!out.isEmpty() && repeatsLine(out.get(out.size() - 1), t)) continue;
            if (t.type() != BlockType.CAPTION) seen.add(key);
            out.add(t);
        }
        // prompts to subscribe, follow or download the app close many stories; only the last lines are looked at, so a
        // story about newsletters keeps its text
        dropClosingBlock(out);
        for (int i = out.size() - 1; i >= Math.max(1, out.size() - TAIL_BLOCKS); i--) {
            if (isCallToAction(out.get(i)) || isPostLine(out.get(i)) || isSignOff(out.get(i)) || isSourceLine(out.get(i))
                    || isClosingRecord(out.get(i))) {
                out.remove(i);
            }
        }
        // a heading labels what follows it; as the body's last line it labels a list of links or widgets gone as furniture
        while (out.size() > 1 && out.get(out.size() - 1).type() == BlockType.HEADING
                && out.get(out.size() - 2).type() != BlockType.HEADING) {
            out.remove(out.size() - 1);
        }
        // a page whose only line is its headline or a date still has that line as its text
        return out.isEmpty() ? blocks : out;
    }

    /**
     * Drops a closing block of contact lines or links: a label line ("Kontakt:", "Weitere Informationen") or a line
     * about the post ("This entry was posted in") among the last lines with nothing but short lines after it. Press
     * releases end so, and a label whose links were removed as furniture is left dangling at the end.
     */
    static void dropClosingBlock(List<BlockText> out) {
        int from = -1;
        for (int i = out.size() - 1; i >= Math.max(1, out.size() - CLOSING_BLOCKS); i--) {
            BlockText b = out.get(i);
            if (b.type() != BlockType.CAPTION && b.text().length() >= CLOSING_LINE) break;
            boolean label = b.type() != BlockType.CAPTION && CLOSING_LABEL.matcher(b.text().strip()).matches();
            if (label || isPostLine(b)) from = i;
        }
        if (from > 0) {
            out.subList(from, out.size()).clear();
            return;
        }
        int last = out.size() - 1;
        if (last < 1) return;
        BlockText end = out.get(last);
        if (end.type() != BlockType.CAPTION && AUTHOR_LABEL.matcher(end.text().strip()).matches()) out.remove(last);
    }

    /**
     * Whether the line opens with an advertisement label: is nothing but the label, or (with {@code upTo} above 0) is at
     * most that long.
     */
    static boolean isAdLabel(BlockText b, int upTo) {
        if (b.type() == BlockType.CAPTION) return false;
        String t = b.text().strip();
        var m = AD_LABEL.matcher(t);
        if (!m.lookingAt()) return false;
        // "Werbung für Zigaretten..." opens a sentence; a label is set off by a stop, a colon or a dash
        return m.end() == t.length() || (upTo > 0 && t.length() <= upTo && !m.group("after").isBlank());
    }

    static boolean isNavLine(BlockText b) {
        return b.type() != BlockType.CAPTION && NAV_LINE.matcher(b.text().strip()).matches();
    }

    static boolean isShareLine(BlockText b) {
        return SHARE_LINE.matcher(b.text().strip()).matches();
    }

    static boolean isDownloadLine(BlockText b) {
        return b.type() != BlockType.CAPTION && DOWNLOAD_LINE.matcher(b.text().strip()).matches();
    }

    static boolean isCookieLine(BlockText b) {
        String t = b.text().strip();
        if (b.type() != BlockType.CAPTION && CONSENT_LINE.matcher(t).matches()) return true;
        return b.type() != BlockType.CAPTION && t.length() <= COOKIE_LINE_CHARS && COOKIE_LINE.matcher(t).find();
    }

    static boolean isSourceLine(BlockText b) {
        String t = b.text().strip();
        return b.type() == BlockType.PARAGRAPH && t.length() <= SOURCE_LINE_CHARS && SOURCE_LINE.matcher(t).lookingAt();
    }

    static boolean isSignOff(BlockText b) {
        String t = b.text().strip();
        if (b.type() != BlockType.PARAGRAPH || !SIGN_OFF.matcher(t).matches()) return false;
        // the agency's acronym ends it ("PAP", "AFP"): "and/or" alone on a line is no sign-off
        return t.substring(t.lastIndexOf('/') + 1).chars().filter(Character::isUpperCase).count() >= 2;
    }

    static boolean isPostLine(BlockText b) {
        String t = b.text().strip();
        if (b.type() == BlockType.CAPTION) return false;
        return t.length() <= POST_LINE_CHARS && POST_LINE.matcher(t).lookingAt() || isFieldLine(t) || isRecordLine(t);
    }

    /** Whether {@code t} is a record of the post set as fields between bars (see {@link #BAR}). */
    static boolean isRecordLine(String t) {
        String[] parts = BAR.split(t.strip());
        if (parts.length < RECORD_PARTS) return false;
        int labelled = 0;
        for (String p : parts) {
            if (p.length() > RECORD_PART_CHARS || p.matches("(?s).*[^.][.!?]\\s*$") && !p.matches("(?s).*\\d[./]\\d*\\.?\\s*$")) {
                return false;
            }
            if (FIELD_LABEL.matcher(p).find()) labelled++;
        }
        return labelled >= 2 || DATE.matcher(t).find();
    }

    /**
     * A closing line that names the author ("Von: Name"), who posted the post ("Posted by Name @ 12:00 am") or is the date
     * of the last update ("Aktualisiert am ...").
     */
    static boolean isClosingRecord(BlockText b) {
        if (b.type() != BlockType.PARAGRAPH) return false;
        String t = b.text().strip();
        return CLOSING_BYLINE.matcher(t).matches() || UPDATED.matcher(t).lookingAt() && isTimestamp(t)
                || t.length() <= POSTED_BY_CHARS && POSTED_BY.matcher(t).matches();
    }

    /**
     * A short line of labelled fields with a date among them ("News date : 04/21/2022 Category : Press Releases"): the
     * post's record printed as a line, not a sentence of it.
     */
    static boolean isFieldLine(String t) {
        if (t.length() > FIELD_LINE_CHARS || !DATE.matcher(t).find()) return false;
        String rest = DATE.matcher(t).replaceAll(" ");
        int labels = 0;
        var m = FIELD_LABEL.matcher(rest);
        while (m.find()) labels++;
        int words = 0;
        var w = WORDS.matcher(rest);
        while (w.find()) words++;
        return labels >= 2 && words <= FIELD_LINE_WORDS;
    }

    static boolean isCallToAction(BlockText b) {
        if (b.type() == BlockType.CAPTION || b.type() == BlockType.HEADING) return false;
        String t = b.text().strip();
        return t.length() <= CALL_TO_ACTION_CHARS && CALL_TO_ACTION.matcher(t).find();
    }

    static boolean isCredit(BlockText b) {
        String t = b.text().strip();
        if (t.length() > MAX_CREDIT_CHARS) return false;
        // a credit set in heading markup ("<h6>Photo: A. Name</h6>", "Copyright / Rights") is as much a credit; a heading
        // that only ends with an agency's name is a headline, and a longer one opening with "Copyright" names a topic
        if (b.type() == BlockType.HEADING) {
            return CREDIT_START.matcher(t).find() && (!t.toLowerCase(Locale.ROOT).startsWith("copyright")
                    || words(t) <= COPYRIGHT_LABEL_WORDS);
        }
        if (b.type() != BlockType.PARAGRAPH) return false;
        return CREDIT_START.matcher(t).find() || CREDIT_END.matcher(t).find();
    }

    /** A short line that is a date or time with at most three other words ("Donnerstag, 31. Mai 2012", "Updated 5:30 pm"). */
    static boolean isTimestamp(String text) {
        String t = text.strip();
        if (t.length() > 80 || !DATE.matcher(t).find()) return false;
        String rest = DATE.matcher(t).replaceAll(" ");
        var m = WORDS.matcher(rest);
        int words = 0;
        while (m.find()) {
            if (!m.group().chars().allMatch(Character::isDigit)) words++;
        }
        return words <= 3;
    }

    /** Whether {@code b} is the same heading or short line as {@code before}, the line right above it (see {@link #TWIN_WORDS}). */
    static boolean repeatsLine(BlockText before, BlockText b) {
        if (b.type() == BlockType.CAPTION || before.type() == BlockType.CAPTION) return false;
        String key = normal(b.text());
        if (key.isEmpty() || !key.equals(normal(before.text()))) return false;
        return b.type() == BlockType.HEADING || words(key) >= TWIN_WORDS && key.length() < TWIN_CHARS;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static boolean isProse(BlockText b) {
        return b.type() == BlockType.PARAGRAPH && b.text().length() >= PROSE_CHARS;
    }

    private static boolean repeatsTitle(BlockText b, String title) {
        if (title == null || b.text().length() > title.length() + 5) return false;
        String t = normal(title);
        String x = normal(b.text());
        if (x.isEmpty()) return false;
        // "Headline | Site" as the page title, "Headline" above the story
        return x.equals(t) || (x.length() >= 15 && t.startsWith(x) && !Character.isLetterOrDigit(t.charAt(x.length())));
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}

package org.parallax.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.parallax.ingest.TextAssembler;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;

/**
 * Makes reproducible, news-like articles for the benchmark: words drawn with a Zipf-Mandelbrot law from a
 * vocabulary of real English words followed by a long tail of made-up ones, with names and places mixed in.
 * Each article has a title, a dateline and 300-900 words in paragraphs, assembled as an importer would.
 */
public final class ArticleGenerator {
    private static final String HEAD = """
            the of and to a in that is was for on with said he it as at by from his be have has are were an they not
            this which who but had their been will would more its after also we or one new two year years people
            government over about than into up out first last some other could there when all no what may can if
            police state officials minister president country week told percent million city according under while
            against during before since between three against talks security court report news military national
            public party election foreign official economic local support former group company workers plan forces
            attack leaders region agreement minister's health service water power market prices budget trade border
            meeting statement spokesman council committee director chief office department agency ministry army
            children women families residents community schools hospital officials' investigation charges judge
            law rules vote parliament opposition protest strike union deal talks crisis aid relief storm flood fire
            earthquake damage energy oil gas fuel climate emissions farmers crops food shortage inflation bank rate
            rates growth jobs unemployment tax taxes spending debt loan funds investment project construction road
            railway airport port ship flight passengers tourists season festival match team players coach league
            """;
    private static final String[] SYLLABLES = {"ba", "ro", "ten", "mi", "ka", "lor", "dun", "se", "vi", "tra", "pel",
            "os", "ma", "ri", "ung", "cor", "pa", "nes", "tu", "gal", "fe", "lin", "dor", "ke", "sa", "mon", "ti", "ver",
            "al", "qu", "en", "is", "ham", "bri", "zo", "ct", "ur", "ple", "xi", "ny"};
    private static final String[] FIRST = {"Amina", "Bilal", "Carlos", "Dana", "Elena", "Farid", "Grace", "Hiro", "Ines",
            "Jonas", "Karim", "Leila", "Marta", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Samir", "Tomas", "Ursula",
            "Victor", "Wajid", "Ximena", "Yusuf", "Zara", "Anders", "Beatriz", "Chen", "Dmitri"};
    private static final String[] LAST = {"Ali", "Baker", "Castillo", "Dubois", "Eriksen", "Fernandes", "Garcia", "Haddad",
            "Ivanova", "Jensen", "Khan", "Landberg", "Moreau", "Nakamura", "Okafor", "Petrov", "Quispe", "Rahman",
            "Schmidt", "Tanaka", "Usman", "Varga", "Wang", "Xu", "Yilmaz", "Zhou", "Syed", "Mendes", "Novak", "Osei"};
    private static final String[] PLACES = {"Washington", "Islamabad", "Geneva", "Nairobi", "Lima", "Jakarta", "Lagos",
            "Berlin", "Kyiv", "Manila", "Cairo", "Bogota", "Dhaka", "Hanoi", "Ankara", "Tunis", "Quito", "Oslo",
            "Warsaw", "Karachi", "Lisbon", "Accra", "Tbilisi", "Riga", "Bamako", "Doha", "Seoul", "Santiago"};
    static final String[] OUTLETS = {"The Daily Ledger", "Morning Courier", "Global Wire", "The Evening Post",
            "City Chronicle", "Harbour Times", "The Northern Star", "Capital Review"};

    private final String[] vocabulary;
    private final double[] cumulative;
    private final String[] lastNames;
    private final double[] lastCumulative;
    private final String[] places;
    private final double[] placeCumulative;
    private final Random random;

    public ArticleGenerator(long seed, int vocabularySize) {
        this.random = new Random(seed);
        Set<String> words = new LinkedHashSet<>(Arrays.asList(HEAD.strip().split("\\s+")));
        Random wordRandom = new Random(seed ^ 0x5DEECE66DL);
        while (words.size() < vocabularySize) {
            int n = 2 + wordRandom.nextInt(3);
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < n; i++) w.append(SYLLABLES[wordRandom.nextInt(SYLLABLES.length)]);
            words.add(w.toString());
        }
        vocabulary = words.toArray(String[]::new);
        cumulative = zipf(vocabulary.length, 1.05);
        // names and places: a few real ones that are common, then a long tail of made-up ones
        lastNames = properNouns(LAST, 400, wordRandom);
        lastCumulative = zipf(lastNames.length, 1.0);
        places = properNouns(PLACES, 200, wordRandom);
        placeCumulative = zipf(places.length, 1.0);
    }

    private static double[] zipf(int size, double exponent) {
        double[] c = new double[size];
        double sum = 0;
        for (int r = 0; r < size; r++) {
            sum += 1.0 / Math.pow(r + 2.7, exponent);
            c[r] = sum;
        }
        for (int r = 0; r < size; r++) c[r] /= sum;
        return c;
    }

    private static String[] properNouns(String[] real, int size, Random r) {
        Set<String> out = new LinkedHashSet<>(Arrays.asList(real));
        while (out.size() < size) {
            StringBuilder w = new StringBuilder();
            for (int i = 0, n = 2 + r.nextInt(2); i < n; i++) w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toArray(String[]::new);
    }

    private String draw(String[] items, double[] cum) {
        int i = Arrays.binarySearch(cum, random.nextDouble());
        return items[i < 0 ? Math.min(-i - 1, items.length - 1) : i];
    }

    /** The word of the given frequency rank (0 is the most common). */
    String word(int rank) {
        return vocabulary[rank];
    }

    int vocabularySize() {
        return vocabulary.length;
    }

    String randomWord() {
        return draw(vocabulary, cumulative);
    }

    String name() {
        return FIRST[random.nextInt(FIRST.length)] + " " + lastName();
    }

    /** A last name as often as articles use it (a few common, most rare). */
    String lastName() {
        return draw(lastNames, lastCumulative);
    }

    /** Any last name, common or rare alike. */
    String anyLastName() {
        return lastNames[random.nextInt(lastNames.length)];
    }

    String place() {
        return draw(places, placeCumulative);
    }

    String anyPlace() {
        return places[random.nextInt(places.length)];
    }

    Random random() {
        return random;
    }

    /** One sentence of 8-28 words, a name or place now and then. */
    String sentence() {
        int n = 8 + random.nextInt(21);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) s.append(i % 9 == 0 && random.nextInt(3) == 0 ? ", " : " ");
            double r = random.nextDouble();
            String w = r < 0.015 ? name() : r < 0.03 ? place() : randomWord();
            if (i == 0) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            s.append(w);
        }
        return s.append('.').toString();
    }

    public ArticleDraft article(int index) {
        List<String> titleWords = new ArrayList<>();
        int tn = 5 + random.nextInt(7);
        for (int i = 0; i < tn; i++) titleWords.add(i == 2 && random.nextBoolean() ? place() : randomWord());
        String title = String.join(" ", titleWords);
        title = Character.toUpperCase(title.charAt(0)) + title.substring(1) + " (" + index + ")";
        String place = place().toUpperCase();
        int target = 300 + random.nextInt(601);
        TextAssembler text = new TextAssembler().add(BlockType.TITLE, title).add(BlockType.BYLINE, "By " + name());
        text.add(BlockType.DATELINE, place + " —");
        int words = 0;
        boolean first = true;
        while (words < target) {
            StringBuilder p = new StringBuilder();
            int sentences = 2 + random.nextInt(4);
            for (int i = 0; i < sentences && words < target; i++) {
                String s = sentence();
                words += s.split(" ").length;
                if (p.length() > 0) p.append(' ');
                p.append(s);
            }
            if (first) {
                text.addSameLine(BlockType.PARAGRAPH, p.toString());
                first = false;
            } else {
                text.add(BlockType.PARAGRAPH, p.toString());
            }
        }
        LocalDate published = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(6 * 365));
        ArticleMeta meta = new ArticleMeta(title, false, null, OUTLETS[index % OUTLETS.length], null, null, published,
                DateSource.FILE_HEADER, place, null, "plaintext", "en");
        return text.build(meta);
    }
}

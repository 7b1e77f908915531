package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** When the page's own article element beats Readability's pick, each case from a minimal page. */
class BodyChoiceTest {
    private static final String BOX = "<p>" + "I write about cats, gardens and the small pleasures of a slow Sunday morning. ".repeat(4)
            + "</p><p>" + "Before this blog I worked as a teacher for twelve years in a school near the river. ".repeat(3) + "</p>";
    private static final String STORY_LINE = "The module came to the editor in the summer of 1994, and a few weeks later a"
            + " colleague wrote up a simple example of how to use it.";
    private static final String STORY = "<p>Pepe sleeps on his cushion by the window every night.</p><p>Since Monday there"
            + " are small dark crumbs on the cover each morning.</p>" + "<p>The vet looked at them and found nothing worrying at all.</p>".repeat(3);

    @Test
    void theArticleWinsWhenReadabilityTookALongBoxOutsideIt() {
        Document page = Jsoup.parse("<body><aside id='about'>" + BOX + "</aside><article id='post'>" + STORY + "</article></body>");
        Element readability = page.getElementById("about");
        Element own = page.getElementById("post");
        assertTrue(BodyExtractor.preferPlain(readability, own, readability.text().length(), own.text().length()));
    }

    @Test
    void aMainAreaOrTheSameTextDoesNotReplaceALongPick() {
        Document page = Jsoup.parse("<body><aside id='about'>" + BOX + "</aside><main id='main'>" + STORY + "</main></body>");
        Element readability = page.getElementById("about");
        Element main = page.getElementById("main");
        // only the page's own article element is trusted over a long pick; a main area holds sidebars and lists too
        assertFalse(BodyExtractor.preferPlain(readability, main, readability.text().length(), main.text().length()));
        Document same = Jsoup.parse("<body><article id='post'><h1>Cats</h1>" + BOX + "</article></body>");
        Element post = same.getElementById("post");
        Element picked = post.clone();
        picked.select("h1").remove();
        assertFalse(BodyExtractor.preferPlain(picked, post, picked.text().length(), post.text().length()));
    }

    @Test
    void aPostAmongPostsOfTheSameClassesIsReadWithItsThread() {
        String post = "<article class='message message--post'><div class='bbWrapper'>Pepe sleeps by the window.<br>There are"
                + " crumbs on his cushion every morning.</div></article>";
        Document forum = Jsoup.parse("<body><div id='thread'>" + post.repeat(3) + "</div></body>");
        Element first = forum.selectFirst("article");
        assertSame(forum.getElementById("thread"), BodyExtractor.thread(first));
        // a story's article carries its own id among its classes: the cards of other stories beside it stay out
        Document blog = Jsoup.parse("<body><div id='list'><article class='post post-1'>" + STORY + "</article>"
                + "<article class='post post-2'>" + STORY + "</article><article class='post post-3'>" + STORY
                + "</article></div></body>");
        Element story = blog.selectFirst("article");
        assertSame(story, BodyExtractor.thread(story));
    }

    @Test
    void aSplitPartThatIsAListWithoutLinksComesBackButAMenuDoesNot() {
        String steps = "<div>Roast the chicken in a hot oven for fifty minutes, until it is cooked through and its skin is golden brown all over.</div>"
                + "<div>Meanwhile cook the onions in oil for five minutes, stirring now and then, until almost golden.</div>";
        String ingredients = "<ul><li>1 large whole chicken</li><li>2 tablespoons vegetable oil</li><li>1 medium onion, chopped"
                + "</li><li>1 tablespoon ground cinnamon</li><li>2 cups of rice, soaked in water for an hour</li>"
                + "<li>4 cups of water</li><li>3 cubes of chicken stock</li></ul>";
        Document page = Jsoup.parse("<body><div class=tabs><div class='tab'>" + ingredients + "</div><div class='tab'>" + steps
                + "</div></div></body>");
        // Readability returns the steps' text-only divs as paragraphs
        Document readability = Jsoup.parse("<div id=content>" + steps.replace("div>", "p>") + "</div>");
        assertEquals(1, SplitSections.restore(readability.getElementById("content"), page));
        assertEquals(0, readability.getElementById("content").text().indexOf("1 large whole chicken"));

        String menu = ingredients.replace("<li>", "<li><a href='/other'>").replace("</li>", "</a></li>");
        Document menuPage = Jsoup.parse("<body><div class=tabs><div class='tab'>" + menu + "</div><div class='tab'>" + steps
                + "</div></div></body>");
        Document other = Jsoup.parse("<div id=content>" + steps.replace("div>", "p>") + "</div>");
        assertEquals(0, SplitSections.restore(other.getElementById("content"), menuPage));
    }

    @Test
    void aSplitPartOfOneParagraphOfThreeHundredCharactersComesBack() {
        String intro = "<p>" + "This post reminded me to write up the same idea for another language, in a few lines. ".repeat(4)
                + "</p>";
        String story = "<p>" + STORY_LINE + "</p><p>" + STORY_LINE.replace("summer", "winter") + "</p>";
        Document page = Jsoup.parse("<body><div class=post><div class='outline'>" + intro + "</div><div class='outline'>"
                + story + "</div></div></body>");
        Document readability = Jsoup.parse("<div id=content>" + story + "</div>");
        assertEquals(1, SplitSections.restore(readability.getElementById("content"), page));
        assertEquals(0, readability.getElementById("content").text().indexOf("This post reminded me"));
    }

    @Test
    void aSplitPartWhoseLeadIsSetAsALongHeadingComesBackOnce() {
        String lead = "This post reminded me to write up the same idea for another language, in a few lines. ".repeat(4);
        String story = "<p>" + STORY_LINE + "</p><p>" + STORY_LINE.replace("summer", "winter") + "</p>";
        // a page builder's rows, each with a wrapper inside a wrapper of the same class
        Document page = Jsoup.parse("<body><div class=post><div class='row'><div class='wrap'><div class='wrap'>"
                + "<p>Photo: someone</p><h2><em>" + lead + "</em></h2></div></div></div><div class='row'><div class='wrap'>"
                + "<div class='wrap'>" + story + "</div></div></div></div></body>");
        Document readability = Jsoup.parse("<div id=content>" + story + "</div>");
        assertEquals(1, SplitSections.restore(readability.getElementById("content"), page));
        String text = readability.getElementById("content").text();
        assertEquals(true, text.contains("This post reminded me"), text);
        assertEquals(text.indexOf("Photo: someone"), text.lastIndexOf("Photo: someone"), text);

        // a short heading is a label: a box of a credit and a label adds nothing
        Document labelled = Jsoup.parse("<body><div class=post><div class='row'><div class='wrap'><p>Photo: someone</p>"
                + "<h2>More from the show</h2></div></div><div class='row'><div class='wrap'>" + story
                + "</div></div></div></body>");
        Document other = Jsoup.parse("<div id=content>" + story + "</div>");
        assertEquals(0, SplitSections.restore(other.getElementById("content"), labelled));
    }

    @Test
    void aListOfOtherStoriesMarkedUpAsAnArticleIsNotThePagesOwnArticle() {
        String card = "<li><a href='/other'>Another long headline about a match that someone else wrote up last week</a></li>";
        Document page = Jsoup.parse("<body><article id='story'><h1>Cats</h1>" + STORY + "</article><article id='more'><ul>"
                + card.repeat(12) + "</ul></article></body>");
        Element own = BodyExtractor.plainExtraction(page);
        assertEquals("story", own.id());
        // a story that links a few other stories under it is still a story
        Document only = Jsoup.parse("<body><article id='more'>" + STORY + "<ul>" + card.repeat(2) + "</ul></article></body>");
        assertEquals("more", BodyExtractor.plainExtraction(only).id());
    }

    @Test
    void aWrapperOfFieldsWithHiddenLabelsLosesTheHiddenWord() {
        // Readability scores a class holding "hidden" as unlikely content and its conditional cleaning dropped the
        // wrapper of a Drupal story's text fields; the word there says only that the fields' labels are hidden
        Document page = Jsoup.parse("<body><div id='w' class='field field--name-field-body field--label-hidden field__items'>"
                + "<div class='field field--name-field-text field--label-hidden field__item'><p>Pepe sleeps.</p></div></div>"
                + "<div id='f' class='field field--label-hidden'><p>A single field.</p></div>"
                + "<div id='h' class='hidden label-hidden-note'><div class='hidden'>Not a field.</div></div></body>");
        BodyExtractor.unmarkVisible(page);
        Element wrapper = page.getElementById("w");
        assertFalse(wrapper.hasClass("field--label-hidden"));
        assertTrue(wrapper.hasClass("field__items"));
        // a single field keeps the word, and so does any other "hidden" class
        assertTrue(page.getElementById("f").hasClass("field--label-hidden"));
        assertTrue(wrapper.selectFirst(".field--name-field-text").hasClass("field--label-hidden"));
        assertTrue(page.getElementById("h").hasClass("hidden"));
    }
}

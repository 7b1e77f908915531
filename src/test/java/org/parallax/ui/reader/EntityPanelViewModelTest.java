package org.parallax.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AnnotationLibrary;
import org.parallax.app.NlpService;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Progress;
import org.parallax.model.RecognitionLanguage;
import org.parallax.nlp.SampleRecognizer;
import org.parallax.store.MentionRepository;
import org.parallax.ui.common.EntityLegendModel;
import org.parallax.ui.common.ImmediateTaskRunner;
import org.parallax.ui.reader.EntityPanelViewModel.EntityItem;
import org.parallax.ui.reader.EntityPanelViewModel.Role;

/**
 * The entity panel's state on a real SQLite library holding the two shared samples, imported by the real importer
 * and recognised by the NLP service with the sample recogniser: grouping, byline and credit roles, the legend's
 * counts and visible types, hover cards and mentions across the library.
 */
class EntityPanelViewModelTest {
    @TempDir
    Path dir;
    AnnotationLibrary lib;
    EntityLegendModel legend;
    EntityPanelViewModel vm;

    @BeforeEach
    void setUp() {
        lib = new AnnotationLibrary(dir);
        new NlpService(lib.db, lib.articles, new SampleRecognizer()).processPending(Progress.NONE);
        legend = new EntityLegendModel();
        vm = new EntityPanelViewModel(lib.articles, new MentionRepository(lib.db), lib.service.entities(), legend, new ImmediateTaskRunner());
    }

    @AfterEach
    void tearDown() {
        lib.close();
    }

    private List<String> names(EntityType type) {
        return vm.group(type).orElseThrow().items().stream().map(EntityItem::name).toList();
    }

    private EntityItem item(String name, Role role) {
        return vm.groups().stream().flatMap(g -> g.items().stream())
                .filter(i -> i.name().equals(name) && i.role() == role).findFirst()
                .orElseThrow(() -> new AssertionError(name + " as " + role + " not in " + vm.rows()));
    }

    @Test
    void anArticleInAnotherLanguageSaysWhyItHasNoEntities() {
        vm.open(lib.a);
        assertEquals(EntityPanelViewModel.NONE_YET, vm.emptyTextProperty().get());
        // the sample recogniser knows "Islamabad" and "Washington": the German text keeps them unrecognised
        long german = lib.importText(dir, "lounge.txt", "Kein Flug mehr mit dem Sparpreis\n\nLeider gibt es keinen Flug mehr "
                + "von Islamabad nach Washington mit einem Sparpreis-Ticket. Auch bei der Buchung von Fahrkarten hat sich "
                + "einiges geändert, wie die Bahn in Berlin mitteilte. Wer in der ersten Klasse reist, kann die Lounge "
                + "weiterhin nutzen. Im Fall von Verspätungen gilt das nicht, sagte eine Sprecherin am Montag.\n");
        new NlpService(lib.db, lib.articles, new SampleRecognizer()).processPending(Progress.NONE);
        vm.open(german);
        assertEquals(List.of(), vm.rows());
        assertEquals(EntityPanelViewModel.NOT_ENGLISH, vm.emptyTextProperty().get());
        vm.open(lib.a);
        assertEquals(EntityPanelViewModel.NONE_YET, vm.emptyTextProperty().get());
    }

    @Test
    void theLanguageTheUserSaysOverridesWhatTheTextReadsAs() {
        long german = lib.importText(dir, "lounge.txt", "Kein Flug mehr mit dem Sparpreis\n\nLeider gibt es keinen Flug mehr "
                + "von Islamabad nach Washington mit einem Sparpreis-Ticket. Auch bei der Buchung von Fahrkarten hat sich "
                + "einiges geändert, wie die Bahn in Berlin mitteilte. Wer in der ersten Klasse reist, kann die Lounge "
                + "weiterhin nutzen. Im Fall von Verspätungen gilt das nicht, sagte eine Sprecherin am Montag.\n");
        NlpService nlp = new NlpService(lib.db, lib.articles, new SampleRecognizer());
        nlp.processPending(Progress.NONE);
        // said to be English: recognised again, and the names the recogniser knows are found
        assertTrue(nlp.states().setRecognitionLanguage(german, RecognitionLanguage.ENGLISH));
        nlp.processPending(Progress.NONE);
        vm.open(german);
        assertTrue(vm.group(EntityType.LOCATION).orElseThrow().items().stream().anyMatch(i -> i.name().equals("Islamabad")),
                vm.rows().toString());
        // an English article said to be another language loses what was recognised, and the list says why
        nlp.processPending(Progress.NONE);
        vm.open(lib.a);
        assertFalse(vm.rows().isEmpty());
        assertTrue(nlp.states().setRecognitionLanguage(lib.a, RecognitionLanguage.OTHER));
        nlp.processPending(Progress.NONE);
        vm.open(lib.a);
        assertTrue(vm.rows().stream().noneMatch(r -> r.item() != null && r.item().role() == Role.STORY), vm.rows().toString());
        assertEquals(EntityPanelViewModel.SAID_OTHER, vm.emptyTextProperty().get());
    }

    @Test
    void groupsTheArticlesEntitiesByTypeInLegendOrderWithCountsInTheArticle() {
        vm.open(lib.a);
        List<EntityType> order = vm.groups().stream().map(EntityPanelViewModel.Group::type).toList();
        assertEquals(List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.DATE),
                order.subList(0, 4));
        assertTrue(names(EntityType.PERSON).contains("Derek Chollet"), names(EntityType.PERSON).toString());
        assertTrue(names(EntityType.ORGANIZATION).contains("State Department"), names(EntityType.ORGANIZATION).toString());
        EntityItem chollet = item("Derek Chollet", Role.STORY);
        // "Derek Chollet" and "Chollet" in sample A are one entity
        assertTrue(chollet.count() >= 2, "Chollet mentions " + chollet.mentions());
        assertTrue(chollet.mentions().stream().allMatch(m -> m.articleId() == lib.a));
        // a heading row precedes each group in the flat list
        assertTrue(vm.rows().get(0).isHeading());
        assertTrue(vm.rows().get(0).heading().startsWith("Person"));
    }

    @Test
    void keepsTheAuthorAndThePhotoCreditApartFromTheStorysPeople() {
        vm.open(lib.a);
        EntityItem author = item("Wajid Ali Syed", Role.AUTHOR);
        assertEquals("Byline and credits", vm.groups().get(vm.groups().size() - 1).title());
        assertTrue(vm.groups().get(vm.groups().size() - 1).items().contains(author));
        assertFalse(names(EntityType.PERSON).contains("Wajid Ali Syed"), "the author is not one of the story's people");
        assertTrue(author.toString().endsWith("· author"), author.toString());
        EntityItem reuters = vm.groups().get(vm.groups().size() - 1).items().stream()
                .filter(i -> i.role() == Role.PHOTO_CREDIT).findFirst().orElseThrow(() -> new AssertionError(vm.rows().toString()));
        assertTrue(reuters.name().contains("Reuters"), reuters.toString());
        // the caption's own words ("flags of the US (left) and Pakistan") stay the story's
        assertTrue(names(EntityType.LOCATION).contains("Pakistan"));
    }

    @Test
    void legendCountsFollowTheOpenArticleAndHiddenTypesGetNoHoverCard() {
        vm.open(lib.a);
        int persons = vm.groups().stream().flatMap(g -> g.items().stream()).filter(i -> i.type() == EntityType.PERSON)
                .filter(i -> i.role() == Role.STORY).mapToInt(EntityItem::count).sum();
        assertEquals(persons, legend.count(EntityType.PERSON), "the legend counts what the panel's Person group counts");
        assertTrue(vm.rows().stream().anyMatch(r -> ("Person  " + persons).equals(r.heading())), vm.rows().toString());
        assertTrue(legend.label(EntityType.PERSON).startsWith("Person "));
        assertEquals(EntityLegendModel.MAIN, legend.types().subList(0, 4));

        int at = item("Derek Chollet", Role.STORY).mentions().get(0).start() + 1;
        EntityPanelViewModel.HoverCard card = vm.hoverAt(at).orElseThrow();
        assertEquals("Derek Chollet", card.name());
        int library = new MentionRepository(lib.db).forEntity(item("Derek Chollet", Role.STORY).entityId()).size();
        assertTrue(card.text().contains("Person · " + library + " mentions in the library"), card.text());
        assertTrue(library > item("Derek Chollet", Role.STORY).count(), "sample B mentions him too");

        legend.toggle(EntityType.PERSON);
        assertFalse(legend.isVisible(EntityType.PERSON));
        assertTrue(vm.hoverAt(at).isEmpty(), "a hidden type has no card");
        legend.toggle(EntityType.PERSON);
        assertTrue(vm.hoverAt(at).isPresent());
    }

    @Test
    void aDateRangesHoverCardShowsItsResolvedValue() {
        vm.open(lib.a);
        int[] at = lib.find(lib.a, "March 6-7");
        EntityPanelViewModel.HoverCard card = vm.hoverAt(at[0] + 1).orElseThrow();
        assertEquals(EntityType.DATE, card.type());
        assertTrue(card.text().contains("2023-03-06 – 2023-03-07 (day)"), card.text());
    }

    @Test
    void clickingAnEntityListsItsMentionsInBothArticlesWithTheSentenceAround() {
        vm.open(lib.a);
        vm.select(item("Derek Chollet", Role.STORY));
        Set<Long> articles = vm.mentions().stream().map(EntityPanelViewModel.MentionHit::articleId).collect(Collectors.toSet());
        assertEquals(Set.of(lib.a, lib.b), articles);
        assertEquals(lib.a, vm.mentions().get(0).articleId(), "the open article's mentions come first");
        EntityPanelViewModel.MentionHit first = vm.mentions().get(0);
        assertTrue(first.snippet().contains(first.text()), first.snippet());
        assertTrue(first.snippet().contains("Counselor Derek Chollet visited Pakistan"), first.snippet());
        assertEquals(lib.article(lib.a).title(), first.articleTitle());
        assertTrue(vm.mentionsTitleProperty().get().endsWith("in 2 articles"), vm.mentionsTitleProperty().get());
    }

    @Test
    void aSnippetIsTheSentenceAroundTheMentionNotCutAtAnInitial() {
        String text = "First one. Then Christopher A. Landberg spoke in Islamabad. Last.";
        int s = text.indexOf("Islamabad");
        assertEquals("Then Christopher A. Landberg spoke in Islamabad.", EntityPanelViewModel.snippet(text, s, s + 9));
    }

    /** What the panel listed before the look-up was one query: every article's mentions, read and compared one by one. */
    private List<Long> sameValueByScanning(Mention model) {
        MentionRepository mentions = new MentionRepository(lib.db);
        return Stream.of(lib.a, lib.b).flatMap(id -> mentions.forArticle(id).stream())
                .filter(m -> !m.rejected() && m.type() == model.type())
                .filter(m -> model.date() != null ? model.date().equals(m.date()) : m.text().strip().equalsIgnoreCase(model.text().strip()))
                .map(Mention::id).sorted().toList();
    }

    @Test
    void aDateOrAnUnlinkedNameListsTheSameValuesAcrossTheLibrary() {
        vm.open(lib.a);
        List<EntityItem> unlinked = vm.groups().stream().flatMap(g -> g.items().stream()).filter(i -> i.entityId() == null).toList();
        EntityItem date = unlinked.stream().filter(i -> i.type() == EntityType.DATE && i.date() != null
                && i.date().toString().equals("2023-03-06..2023-03-07")).findFirst().orElseThrow(() -> new AssertionError(unlinked.toString()));
        vm.select(date);
        Set<Long> articles = vm.mentions().stream().map(EntityPanelViewModel.MentionHit::articleId).collect(Collectors.toSet());
        assertEquals(Set.of(lib.a, lib.b), articles, "both reports give the dates of the visit");
        MentionRepository mentions = new MentionRepository(lib.db);
        List<Long> listed = vm.mentions().stream().map(h -> mentions.forArticle(h.articleId()).stream()
                .filter(m -> m.start() == h.start() && m.end() == h.end() && m.type() == EntityType.DATE).findFirst().orElseThrow().id())
                .sorted().toList();
        assertEquals(sameValueByScanning(date.mentions().get(0)), listed);
        for (EntityItem other : unlinked) {
            vm.select(other);
            assertEquals(sameValueByScanning(other.mentions().get(0)).size(), vm.mentions().size(), other.toString());
        }
    }
}

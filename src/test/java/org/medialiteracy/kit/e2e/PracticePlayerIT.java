package org.medialiteracy.kit.e2e;

import static java.util.Comparator.comparingInt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.medialiteracy.kit.e2e.Browser.await;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.classroom.AccountService;
import org.medialiteracy.kit.classroom.NewAccount;
import org.medialiteracy.kit.classroom.Role;
import org.medialiteracy.kit.lesson.ExerciseType;
import org.medialiteracy.kit.lesson.KeyedSentence;
import org.medialiteracy.kit.lesson.Lesson;
import org.medialiteracy.kit.lesson.LessonLibrary;
import org.medialiteracy.kit.scoring.AnswerSheet;
import org.medialiteracy.kit.scoring.AttemptScore;
import org.medialiteracy.kit.scoring.PrecisionRecall;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every exercise type, end to end in practice mode without an account: answer by keyboard and by mouse,
 * see the key and why, submit, see the score the scorer computes for the same answers; and on a phone's screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PracticePlayerIT {

    private static final Path DOCS = Browser.SCREENSHOTS_FOR_DOCS;

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    LessonLibrary library;

    @Autowired
    AccountService accounts;

    @Test
    void a_visitor_practises_from_the_start_page_without_an_account() throws Exception {
        WebDriver visitor = browser.open();
        WebElement firstLesson = openStartPage(visitor);
        Browser.screenshot(visitor, DOCS.resolve("landing.png"));
        String title = firstLesson.getText();
        firstLesson.click();
        await(visitor, By.id("progress-text"));
        assertThat(visitor.findElement(By.tagName("h2")).getText()).isEqualTo(title);
        assertThat(visitor.getPageSource()).contains("nothing is saved");
    }

    @Test
    void label_the_sentences_by_keyboard_and_mouse() throws Exception {
        playLabels(ExerciseType.LABEL_SENTENCES, "exercise-label-sentences.png");
    }

    @Test
    void fact_or_opinion_by_keyboard_and_mouse() throws Exception {
        playLabels(ExerciseType.FACT_OR_OPINION, "exercise-fact-or-opinion.png");
    }

    private void playLabels(ExerciseType type, String screenshot) throws Exception {
        LessonPicker.Found found = new LessonPicker(library).first(type);
        ExercisePage page = open(found);
        List<KeyedSentence> items = found.exercise().scoredItems(found.lesson(), 0);

        assertThat(page.currentSentence()).isEqualTo(items.get(0).text());
        page.pressKey("1");
        String feedback = page.awaitFeedback();
        assertThat(feedback).contains("The key says").contains(items.get(0).label().displayName());
        assertThat(feedback).contains(items.get(0).label() == Label.REPORTED_FACT ? "Right" : "Not quite");
        assertThat(page.progress()).startsWith("1 of ");

        page.next();
        page.clickChoice(items.get(1).label().name());
        assertThat(page.awaitFeedback()).contains("✓ Right!").contains(items.get(1).explanation());
        Browser.screenshot(page.driver(), DOCS.resolve(screenshot));

        AnswerSheet expected = new AnswerSheet();
        expected.put(found.exercise().id(), String.valueOf(items.get(0).index()), Label.REPORTED_FACT.name());
        expected.put(found.exercise().id(), String.valueOf(items.get(1).index()), items.get(1).label().name());
        assertThat(page.submit()).isEqualTo(scoreHeading(expected, found));
        await(page.driver(), By.cssSelector("svg[aria-label^='Mix-up chart']"));
        Browser.screenshot(page.driver(), DOCS.resolve("results.png"));
    }

    @Test
    void mark_the_anonymous_sources_by_mouse_and_keyboard() throws Exception {
        LessonPicker.Found found = new LessonPicker(library).first(ExerciseType.MARK_ANONYMOUS_SOURCES);
        ExercisePage page = open(found);
        List<Cue> keySpans = found.lesson().article().sentences(found.exercise().selection().indexes()).stream()
                .flatMap(s -> s.anonymousSourceSpans().stream()).toList();
        List<String> words = page.driver().findElements(By.cssSelector(".kit-word")).stream()
                .map(w -> w.getAttribute("data-span")).toList();
        String inFirstSpan = words.stream().filter(w -> overlaps(w, keySpans.getFirst())).findFirst().orElseThrow();
        String outsideSpans = words.stream().filter(w -> keySpans.stream().noneMatch(k -> overlaps(w, k))).findFirst().orElseThrow();

        page.clickWord(inFirstSpan);
        page.toggleWordWithKeyboard(outsideSpans);
        page.awaitProgress("1 of ");

        AnswerSheet expected = new AnswerSheet();
        expected.put(found.exercise().id(), inFirstSpan, AnswerSheet.MARKED);
        expected.put(found.exercise().id(), outsideSpans, AnswerSheet.MARKED);
        PrecisionRecall score = scoreOf(expected, found).selection().orElseThrow();
        assertThat(page.check("check-marks")).isEqualTo("You found " + score.expectedFound() + " of " + score.expected()
                + " unnamed sources; " + score.selectedCorrect() + " of your " + score.selected()
                + " marks were on one. The key's sources are underlined in purple.");
        await(page.driver(), By.cssSelector(".kit-word.kit-key-span"));
        Browser.screenshot(page.driver(), DOCS.resolve("exercise-anonymous-sources.png"));
        assertThat(page.submit()).isEqualTo(scoreHeading(expected, found));
    }

    @Test
    void find_the_unsupported_assertions_by_mouse_and_keyboard() throws Exception {
        LessonPicker.Found found = new LessonPicker(library).first(ExerciseType.FIND_UNSUPPORTED);
        ExercisePage page = open(found);
        List<KeyedSentence> claims = found.exercise().scoredItems(found.lesson(), 0);
        KeyedSentence unsupported = claims.stream().filter(s -> s.label() == Label.UNSUPPORTED_ASSERTION).findFirst().orElseThrow();
        KeyedSentence supported = claims.stream().filter(s -> s.label() != Label.UNSUPPORTED_ASSERTION).findFirst().orElseThrow();

        page.clickPick(unsupported.index());
        page.pickWithKeyboard(supported.index());

        AnswerSheet expected = new AnswerSheet();
        expected.put(found.exercise().id(), String.valueOf(unsupported.index()), AnswerSheet.PICKED);
        expected.put(found.exercise().id(), String.valueOf(supported.index()), AnswerSheet.PICKED);
        PrecisionRecall score = scoreOf(expected, found).selection().orElseThrow();
        assertThat(page.check("check-picks")).isEqualTo("You found " + score.expectedFound() + " of " + score.expected()
                + " unsupported assertions; 1 of your 2 picks were right.");
        Browser.screenshot(page.driver(), DOCS.resolve("exercise-find-unsupported.png"));
        assertThat(page.submit()).isEqualTo(scoreHeading(expected, found));
    }

    @Test
    void compare_two_articles_by_mouse_and_keyboard() throws Exception {
        LessonPicker.Found found = new LessonPicker(library).first(ExerciseType.COMPARE_ARTICLES);
        ExercisePage page = open(found);

        page.chooseArticle("more-opinion", 1);
        page.chooseArticleWithKeyboard("more-anonymous", 0);
        page.awaitProgress("2 of ");
        page.click(await(page.driver(), By.id("check-compare")));
        await(page.driver(), By.cssSelector("svg[aria-label^='Label mix']"));
        Browser.screenshot(page.driver(), DOCS.resolve("exercise-compare.png"));

        AnswerSheet expected = new AnswerSheet();
        expected.put(found.exercise().id(), AnswerSheet.MORE_OPINION, "1");
        expected.put(found.exercise().id(), AnswerSheet.MORE_ANONYMOUS, "0");
        assertThat(page.submit()).isEqualTo(scoreHeading(expected, found));
    }

    @Test
    void the_start_page_every_exercise_and_the_score_fit_a_phone() {
        WebDriver phone = browser.openPhone();
        openStartPage(phone);
        assertThat(offScreen(phone)).as("start page").isEmpty();

        Lesson lesson = library.lessons().stream().max(comparingInt(l -> l.exercises().size())).orElseThrow();
        phone.get("http://localhost:" + port + "/practice/" + lesson.id().value());
        ExercisePage page = new ExercisePage(phone);
        for (int i = 0; i < lesson.exercises().size(); i++) {
            page.openStep(i);
            assertThat(offScreen(phone)).as("exercise %d of %s", i + 1, lesson.id().value()).isEmpty();
        }
        page.openStep(0);
        page.pressKey("2");
        page.awaitFeedback();
        page.submit();
        assertThat(phone.findElements(By.cssSelector("#results svg.kit-chart"))).as("the mix-up picture").isNotEmpty();
        assertThat(offScreen(phone)).as("the score").isEmpty();
    }

    /** The start page, with its list of lessons to practise (not the first-run screen an empty kit shows). */
    private WebElement openStartPage(WebDriver driver) {
        if (accounts.needsFirstTeacher()) {
            accounts.createFirstTeacher(new NewAccount("rivera", "Ms Rivera", "teacher-pass"));
        }
        driver.get("http://localhost:" + port + "/");
        return await(driver, By.cssSelector("#practice-lessons a"));
    }

    /** Buttons, links and charts (outside tables, which scroll on their own) that reach past the screen's right edge. */
    @SuppressWarnings("unchecked")
    private static List<String> offScreen(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const width = document.documentElement.clientWidth;
                const off = [...document.querySelectorAll('vaadin-button, a, svg.kit-chart')]
                    .filter(e => !e.closest('vaadin-grid'))
                    .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 0.5; })
                    .map(e => e.textContent.trim());
                if (document.documentElement.scrollWidth > width) off.push('the page scrolls sideways');
                return off;""");
    }

    private ExercisePage open(LessonPicker.Found found) {
        WebDriver driver = browser.open();
        driver.get("http://localhost:" + port + "/practice/" + found.lesson().id().value());
        ExercisePage page = new ExercisePage(driver);
        page.progress();
        if (found.step() > 0) {
            page.openStep(found.step());
        }
        return page;
    }

    private static boolean overlaps(String spanItem, Cue cue) {
        String[] bounds = spanItem.split("-");
        return cue.overlaps(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]));
    }

    private static AttemptScore scoreOf(AnswerSheet sheet, LessonPicker.Found found) {
        return sheet.score(found.lesson()).get(found.step());
    }

    /** The heading the results page must show for these answers, as the scorer computes it. */
    private static String scoreHeading(AnswerSheet sheet, LessonPicker.Found found) {
        List<AttemptScore> scores = sheet.score(found.lesson());
        int earned = scores.stream().mapToInt(AttemptScore::pointsEarned).sum();
        int possible = scores.stream().mapToInt(AttemptScore::pointsPossible).sum();
        return "Your score: " + earned + " of " + possible + " points (" + Math.round(100.0 * earned / possible) + "%)";
    }
}

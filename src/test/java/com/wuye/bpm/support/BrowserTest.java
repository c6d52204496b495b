package com.wuye.bpm.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser (Debian's chromium, headless, Chinese) on the running application. Skipped (a JUnit assumption)
 * where Chromium or chromedriver is missing, so that {@code ./mvnw verify} passes on a machine with only Java;
 * {@code -Dwuye.browser-tests=required} (or {@code WUYE_BROWSER_TESTS=required}, set by {@code .ci/run}) fails
 * instead, so CI cannot skip them;
 * {@code -Dwuye.browser-tests=false} skips them anyway. Screenshots of every step are kept in
 * {@code target/browser-screenshots/}.
 */
@Tag("browser")
public abstract class BrowserTest extends SpringIntegrationTest {

  private static final Path SCREENSHOTS = Path.of("target/browser-screenshots");
  private static final Duration WAIT = Duration.ofSeconds(60);

  @LocalServerPort protected int port;
  protected WebDriver browser;
  private String testName;
  private int step;

  @BeforeEach
  void openBrowser(TestInfo test) {
    String mode = System.getProperty("wuye.browser-tests",
        System.getenv().getOrDefault("WUYE_BROWSER_TESTS", "auto"));
    assumeFalse("false".equals(mode), "browser tests switched off");
    String chromium = System.getProperty("wuye.chromium", "/usr/bin/chromium");
    String chromedriver = System.getProperty("wuye.chromedriver", "/usr/bin/chromedriver");
    boolean installed = Files.isExecutable(Path.of(chromium)) && Files.isExecutable(Path.of(chromedriver));
    if (!installed && "required".equals(mode)) {
      fail("browser tests required, but " + chromium + " or " + chromedriver + " is missing");
    }
    assumeTrue(installed, "no Chromium or chromedriver: browser tests skipped");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
        "--window-size=1400,1000", "--lang=zh-CN");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(chromedriver))
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    testName = test.getTestMethod().map(m -> m.getName()).orElse("test");
    step = 0;
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Logs in to one of the webapps (tasklist, cockpit, admin) as a demo user. */
  protected void logIn(String app, String user) {
    browser.manage().deleteAllCookies();
    // name the engine: the JVM may also hold the in-memory engines of the process tests, and the webapps
    // would otherwise offer a choice of engines
    browser.get(url("/camunda/app/" + app + "/default/"));
    visible(By.cssSelector("input[ng-model=username]")).sendKeys(user);
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys(ApiClient.DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    visible(By.cssSelector("[cam-widget-header], .navbar"));
  }

  protected WebElement visible(By by) {
    try {
      return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("timeout");
      throw new AssertionError("not visible: " + by + " on " + browser.getCurrentUrl() + "\n"
          + browser.getPageSource().substring(0, Math.min(3000, browser.getPageSource().length())), e);
    }
  }

  protected WebElement clickable(By by) {
    return new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(by));
  }

  /** Clicks a button even where a notification or the footer lies over it, as a person would after scrolling. */
  /**
   * Opens a group's filter, then a task of it by its address: the filter's list holds every open task of the
   * shared test database, paged, so the task need not be on the first page.
   */
  protected void openFromFilter(String filterName, String taskId) {
    press(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(.),'" + filterName + "')]"));
    String filterId = processEngine.getFilterService().createFilterQuery().filterName(filterName).singleResult()
        .getId();
    browser.get(url("/camunda/app/tasklist/default/#/?filter=" + filterId + "&task=" + taskId));
    visible(By.cssSelector(".fjs-form"));
  }

  protected void press(By by) {
    WebElement element = clickable(by);
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
  }

  protected void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    try {
      new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(condition::apply);
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("timeout");
      throw e;
    }
  }

  /** Claims the open task and waits until Tasklist shows its form ready to complete. */
  protected void claimTask() {
    WebElement before = visible(By.cssSelector(".fjs-form"));
    press(By.cssSelector("button.claim"));
    try {
      // Tasklist renders the form again once the task is claimed; what was typed before would be lost
      new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(before));
    } catch (org.openqa.selenium.TimeoutException keptTheForm) {
      // this Tasklist kept the form as it was
    }
    visible(By.cssSelector("button[ng-click='complete()']"));
    visible(By.cssSelector(".fjs-form"));
  }

  /**
   * Fills the fields (key, text, key, text, ...) and completes the claimed task until {@code done} holds: if
   * Tasklist rendered the form once more meanwhile and the form refuses the empty field, fill it again, as a
   * person would.
   */
  protected void fillAndComplete(java.util.function.BooleanSupplier done, String... keysAndTexts) {
    for (int attempt = 1; ; attempt++) {
      for (int i = 0; i < keysAndTexts.length; i += 2) {
        fill(keysAndTexts[i], keysAndTexts[i + 1]);
      }
      press(By.cssSelector("button[ng-click='complete()']"));
      try {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> done.getAsBoolean());
        return;
      } catch (org.openqa.selenium.TimeoutException notYet) {
        if (attempt == 3) {
          screenshot("not-completed");
          throw notYet;
        }
      }
    }
  }

  /** Types into a form field until the field holds the text (Tasklist may render the form again meanwhile). */
  protected void fill(String fieldKey, String text) {
    By field = By.cssSelector("[id$='Field_" + fieldKey + "']");
    waitUntil(b -> {
      WebElement element = b.findElement(field);
      if (!text.equals(element.getAttribute("value"))) {
        element.clear();
        element.sendKeys(text);
      }
      return text.equals(b.findElement(field).getAttribute("value"));
    });
  }

  protected List<WebElement> all(By by) {
    return browser.findElements(by);
  }

  /**
   * English that must not appear in the Chinese webapps: moment's relative times and date words, form-js's
   * messages and the webapps' own labels that once stayed English.
   */
  protected static final java.util.regex.Pattern ENGLISH = java.util.regex.Pattern.compile(
      "\\b(?:a few seconds|seconds?|minutes?|hours?|days?|months?|years?) ago\\b"
      + "|\\bin (?:a few seconds|an? (?:minute|hour|day|month|year)|\\d+ (?:minutes|hours|days|months|years))\\b"
      + "|\\b(?:Today|Yesterday|Tomorrow) at\\b"
      + "|\\b(?:January|February|March|April|June|July|August|September|October|November|December)\\b"
      + "|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
      + "|\\bSelect\\b|Field is required|Field must|\\bNo options\\b|\\bActions\\b|\\bCreated\\b"
      + "|\\bFollow-up\\b|Whitelabel");

  /** Fails naming the English found in the page's text, titles (tooltips) and placeholders. */
  protected void assertNoEnglish(String where) {
    Object texts = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "var out = [document.body.innerText];"
        + "document.querySelectorAll('[title],[placeholder],[tooltip],[uib-tooltip]').forEach(function (e) {"
        + "  ['title','placeholder','tooltip','uib-tooltip'].forEach(function (a) {"
        + "    if (e.getAttribute(a)) { out.push(e.getAttribute(a)); } }); });"
        + "return out.join('\\n');");
    java.util.regex.Matcher english = ENGLISH.matcher(String.valueOf(texts));
    List<String> found = new java.util.ArrayList<>();
    while (english.find()) {
      found.add(english.group());
    }
    if (!found.isEmpty()) {
      screenshot("english");
      throw new AssertionError("English in the Chinese " + where + ": " + found);
    }
  }

  /** Keeps a screenshot of this step for the README and for whoever reads a failed build. */
  protected void screenshot(String what) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", testName, ++step, what)),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

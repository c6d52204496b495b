package com.wuye.bpm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** People who open a page they may not use, or one that does not exist, read why in Chinese. */
class ErrorPagesTest extends SpringIntegrationTest {

  @LocalServerPort int port;

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
      .followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void aClerkOpeningAdminReadsAChineseForbiddenPage() throws Exception {
    logInToTasklist("kefu");

    HttpResponse<String> admin = getHtml("/camunda/app/admin/default/");

    assertThat(admin.statusCode()).isEqualTo(403);
    assertThat(admin.body()).contains("没有权限访问此页面").contains("系统管理员")
        .doesNotContain("Whitelabel").doesNotContain("Forbidden");
  }

  @Test
  void aMissingPageIsExplainedInChinese() throws Exception {
    HttpResponse<String> missing = getHtml("/no-such-page.html");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("找不到此页面").doesNotContain("Whitelabel");
  }

  private void logInToTasklist(String user) throws IOException, InterruptedException {
    getHtml("/camunda/app/tasklist/default/");
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
        .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie from the webapp"));
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(ApiClient.DEMO_PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("login of %s: %s", user, login.body()).isEqualTo(200);
  }

  private HttpResponse<String> getHtml(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").header("Accept-Language", "zh-CN")
        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}

package fr.allervers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.MockMvc;

import fr.allervers.support.DatabaseTest;

/**
 * The icon: browsers ask for /favicon.ico on their own (the login page, a downloaded file, a bookmark), before
 * anyone signs in, so both icon files are served to anonymous visitors; and the login page links them like the
 * other pages do (PageSkeletonTest checks those).
 */
@DatabaseTest
@WithAnonymousUser
class FaviconTest {

    static final String ICO_LINK = "<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">";
    static final String SVG_LINK = "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">";

    @Autowired
    MockMvc mvc;

    @Test
    void theIcoFileIsServedToAnonymousVisitors() throws Exception {
        var response = mvc.perform(get("/favicon.ico")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isIn("image/x-icon", "image/vnd.microsoft.icon");
        // ICO header: reserved 0, type 1 (icon), then the number of images.
        byte[] ico = response.getContentAsByteArray();
        assertThat(ico).startsWith(0, 0, 1, 0);
        assertThat(ico[4]).as("images in the .ico").isPositive();
    }

    @Test
    void theSvgIconIsServedToAnonymousVisitors() throws Exception {
        var response = mvc.perform(get("/favicon.svg")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("image/svg+xml");
        assertThat(response.getContentAsString()).startsWith("<svg");
    }

    @Test
    void theLoginPageLinksBothIcons() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(ICO_LINK, SVG_LINK);
    }
}

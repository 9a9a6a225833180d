package fr.allervers.web;

import fr.allervers.security.Role;
import fr.allervers.support.TestTenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every page test shares: one Chromium for the class, signed in before each test as the account of the test
 * class's own consortium for the role the page is for, and a script-like client of the same server to check what the page did.
 */
abstract class SignedInPage {

    @LocalServerPort
    int port;

    protected Browser browser;
    protected ServerApi server;

    private final String account;
    private final int[] windowSize;

    /** Signs in as {@code username}, an account made by the test itself with {@link TestTenants#PASSWORD}. */
    SignedInPage(String username, int... windowSize) {
        this.account = username;
        this.windowSize = windowSize;
    }

    /** @param windowSize width and height in pixels, or nothing for the desktop default */
    SignedInPage(Role role, int... windowSize) {
        this.account = TestTenants.username(getClass(), role);
        this.windowSize = windowSize;
    }

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
        server = new ServerApi(port, TestTenants.username(getClass(), Role.COORDINATOR));
        if (windowSize.length == 2) {
            browser.resize(windowSize[0], windowSize[1]);
        }
    }

    @BeforeEach
    void signIn() {
        browser.signIn(account);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}

package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The password rules of NIST SP 800-63B as Aller-Vers applies them, without a database. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void twelveCharactersAtLeast() {
        assertThatThrownBy(() -> policy.check("kayak-brume", "camille"))
                .hasMessage("mot de passe trop court : 12 caractères au moins");
        assertThatCode(() -> policy.check("kayak-brume9", "camille")).doesNotThrowAnyException();
        // Characters, not bytes: eleven accented letters are still too short.
        assertThatThrownBy(() -> policy.check("éàèùâêîôûçë", "camille")).hasMessageContaining("trop court");
    }

    @Test
    void theBundledCommonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(policy.isCommon("password")).isTrue();
        assertThat(policy.isCommon("azerty")).as("French keyboards are in the list too").isTrue();
        for (String common : new String[] {"qwerty123456", "QWERTY123456", "1q2w3e4r5t6y", "LeaveMeAlone"}) {
            assertThatThrownBy(() -> policy.check(common, "camille")).as(common)
                    .hasMessageContaining("fait partie des plus courants");
        }
    }

    @Test
    void neitherTheUsernameNorTheServiceNorOneRepeatedCharacter() {
        assertThatThrownBy(() -> policy.check("camille.martin-2026", "camille.martin"))
                .hasMessageContaining("l'identifiant");
        assertThatThrownBy(() -> policy.check("Aller-Vers-2026!", "camille")).hasMessageContaining("nom du service");
        assertThatThrownBy(() -> policy.check("aaaaaaaaaaaaaaaa", "camille")).hasMessageContaining("répète");
        assertThatThrownBy(() -> policy.check("abababababababab", "camille")).hasMessageContaining("répète");
    }

    @Test
    void notMoreThanBcryptReads() {
        assertThatThrownBy(() -> policy.check("x1-".repeat(25), "camille")).hasMessageContaining("72 octets");
        assertThatThrownBy(() -> policy.check(null, "camille")).hasMessage("mot de passe obligatoire");
        assertThatThrownBy(() -> policy.check("", "camille")).hasMessage("mot de passe obligatoire");
    }
}

package fr.allervers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void theConfiguredAddressWinsOverTheRequest() {
        assertThat(new PublicUrl("https://allervers.example.fr/").builder().path("/calendar/x.ics").toUriString())
                .isEqualTo("https://allervers.example.fr/calendar/x.ics");
        assertThat(new PublicUrl("https://example.fr/aller-vers").builder().path("/calendar/x.ics").toUriString())
                .isEqualTo("https://example.fr/aller-vers/calendar/x.ics");
        assertThat(new PublicUrl("  ").publicUrl()).isNull();
    }

    @Test
    void aMalformedAddressStopsTheStartWithAClearMessage() {
        for (String wrong : new String[] {"allervers.example.fr", "ftp://allervers.example.fr", "https://x.fr/?a=1"}) {
            assertThatThrownBy(() -> new PublicUrl(wrong)).hasMessageContaining("allervers.public-url")
                    .hasMessageContaining("n'est pas une adresse http(s) absolue");
        }
    }
}

package fr.allervers.permanence.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.allervers.permanence.domain.CommuneQuota;
import fr.allervers.permanence.domain.PermanenceProblem;
import fr.allervers.permanence.solver.PermanenceInstanceGenerator.Size;

class PermanenceInstanceGeneratorTest {

    @Test
    void sameSeedGivesTheSameInstance() {
        PermanenceProblem first = PermanenceInstanceGenerator.generate(Size.MEDIUM, 42);
        PermanenceProblem second = PermanenceInstanceGenerator.generate(Size.MEDIUM, 42);
        PermanenceProblem other = PermanenceInstanceGenerator.generate(Size.MEDIUM, 43);

        assertThat(second.places()).usingRecursiveFieldByFieldElementComparator().isEqualTo(first.places());
        assertThat(second.staff()).usingRecursiveFieldByFieldElementComparator().isEqualTo(first.staff());
        assertThat(second.vans()).isEqualTo(first.vans());
        assertThat(other.places()).usingRecursiveFieldByFieldElementComparator().isNotEqualTo(first.places());
    }

    @Test
    void sizesGoFromThreeCommunesOneVanTwoWeeksToThirtyCommunesFourVansEightWeeks() {
        PermanenceProblem small = PermanenceInstanceGenerator.generate(Size.SMALL, 1);
        PermanenceProblem large = PermanenceInstanceGenerator.generate(Size.LARGE, 1);

        assertThat(small.communes()).extracting(CommuneQuota::name).containsExactly("Vénissieux", "Feyzin", "Saint-Fons");
        assertThat(small.vans()).hasSize(1);
        assertThat(small.dates()).hasSize(10);
        assertThat(large.communes()).hasSize(30);
        assertThat(large.vans()).hasSize(4);
        assertThat(large.dates()).hasSize(40);
        assertThat(large.places()).allSatisfy(p -> assertThat(p.demandScore()).isBetween(0.0, 1.0));
    }
}

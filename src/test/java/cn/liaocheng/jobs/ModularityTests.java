package cn.liaocheng.jobs;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(JobsPortalApplication.class);

    @Test
    void capabilities_only_use_each_others_published_api() {
        modules.verify();
    }

    @Test
    void module_diagrams_are_written_for_the_readme() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}

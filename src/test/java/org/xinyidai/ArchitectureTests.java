package org.xinyidai;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.math.BigDecimal;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/**
 * House rules from STYLE.md and docs/architecture.md that the compiler does not check. The module layout
 * (docs/architecture.md): a module's API at its root (its {@code *Api} facade, records, events, ports), feature
 * sub-packages inside, controllers and form records in its one {@code web} package.
 */
@AnalyzeClasses(packages = "org.xinyidai", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String BASE = "org.xinyidai";

    /**
     * Modules not yet moved to the layout of docs/architecture.md; each leaves this list when it follows it.
     * Empty when the layout holds everywhere.
     */
    static final Set<String> NOT_YET_IN_LAYOUT = Set.of();

    /** Packages on their way out of a module in the layout: the credit-agency pages, moving from portal to credit. */
    static final Set<String> MOVING_OUT = Set.of("org.xinyidai.portal.agency");

    /** The feature modules that follow the layout ({@code shared} is the value types' home, not a feature module). */
    private static final DescribedPredicate<JavaClass> IN_A_MODULE_IN_LAYOUT =
            DescribedPredicate.describe("in a module following the layout", c -> {
                String module = moduleOf(c);
                return module != null && !module.equals("shared") && !NOT_YET_IN_LAYOUT.contains(module)
                        && MOVING_OUT.stream().noneMatch(c.getPackageName()::startsWith);
            });

    private static final DescribedPredicate<JavaClass> AT_A_MODULE_ROOT =
            DescribedPredicate.describe("at a module's root package", c -> {
                String module = moduleOf(c);
                return module != null && c.getPackageName().equals(BASE + "." + module);
            });

    @ArchTest
    static final ArchRule sharedHoldsOnlyValueTypes = noClasses().that().resideInAPackage("org.xinyidai.shared..")
            .and().resideOutsideOfPackage("org.xinyidai.shared.web..")
            .and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
            .because("shared holds value types used everywhere, free of any framework (shared.web holds the web"
                    + " conventions)");

    @ArchTest
    static final ArchRule controllersDoNotQueryTheDatabase = noClasses()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
            .because("SQL lives in repositories, scoped in the query, not in controllers");

    @ArchTest
    static final ArchRule controllersLiveInWebPackages = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule controllersLiveInTheModulesOneWebPackage = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .and(IN_A_MODULE_IN_LAYOUT)
            .should().resideInAPackage("org.xinyidai.*.web")
            .because("each module keeps its controllers and form records in one web package")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule formsAreRecords = classes()
            .that().haveSimpleNameEndingWith("Form").and(IN_A_MODULE_IN_LAYOUT).and().areTopLevelClasses()
            .should().beRecords()
            .because("forms are records with Bean Validation, bound by Spring, without JavaBean accessors")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noInternalPackages = noClasses().that(IN_A_MODULE_IN_LAYOUT)
            .should().resideInAPackage("..internal..")
            .because("a module's sub-packages are named by feature; all of them are internal to the module")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule moduleRootsHoldTheirApi = classes().that(AT_A_MODULE_ROOT).and(IN_A_MODULE_IN_LAYOUT)
            .and().areNotInterfaces().and().areNotEnums().and().areNotRecords().and().areNotAnnotations()
            .and().doNotHaveSimpleName("package-info")
            .and().doNotHaveModifier(JavaModifier.SYNTHETIC) // e.g. the switch map javac writes for a switch on an enum
            .and(not(DescribedPredicate.describe("an exception", (JavaClass c) -> c.isAssignableTo(Throwable.class))))
            .should().haveSimpleNameEndingWith("Api")
            .orShould().beAnnotatedWith(Configuration.class)
            .orShould().beAnnotatedWith(ConfigurationProperties.class)
            .because("a module's root holds its API: the *Api read facade, records, events, ports, settings;"
                    + " implementations live in feature packages")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noBigDecimalInModuleApis = methods()
            .that().areDeclaredInClassesThat(AT_A_MODULE_ROOT).and().areDeclaredInClassesThat(IN_A_MODULE_IN_LAYOUT)
            .and().arePublic()
            .should(notUseBigDecimal())
            .because("amounts cross module boundaries as shared.Money, rates as shared.Rate")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule repositoriesArePackagePrivateUnlessShared = classes()
            .that().areNotAnnotatedWith(Controller.class).and().areNotAnnotatedWith(Configuration.class)
            .and(IN_A_MODULE_IN_LAYOUT)
            .and(DescribedPredicate.describe("repositories (use JdbcClient)",
                    (JavaClass c) -> c.getDirectDependenciesFromSelf().stream()
                            .anyMatch(d -> d.getTargetClass().isAssignableTo(JdbcClient.class))))
            .should(bePublicOnlyWhenAnotherPackageUsesThem())
            .because("a repository is package-private unless another package of its module needs it")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noFieldInjection = fields().should().notBeAnnotatedWith(Autowired.class)
            .because("dependencies come through constructors");

    @ArchTest
    static final ArchRule timeComesFromTheClock = noClasses().should()
            .callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("time comes from the injected Clock (Asia/Shanghai), so tests can move it");

    @ArchTest
    static final ArchRule componentsAreNotNamedImpl = classes()
            .that().areAnnotatedWith(Service.class).or().areAnnotatedWith(Component.class)
            .or().areAnnotatedWith(Repository.class)
            .should().haveSimpleNameNotEndingWith("Impl")
            .because("no Interface+Impl pairs: an interface only where there are two implementations (a port)");

    /** The module a class belongs to ({@code org.xinyidai.<module>...}), or null for the application's root. */
    static String moduleOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(BASE + ".")) {
            return null;
        }
        String rest = pkg.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaMethod> notUseBigDecimal() {
        return new ArchCondition<>("not take or return BigDecimal") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean uses = method.getRawReturnType().isEquivalentTo(BigDecimal.class)
                        || method.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(BigDecimal.class));
                if (uses) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " uses BigDecimal"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> bePublicOnlyWhenAnotherPackageUsesThem() {
        return new ArchCondition<>("be public only when another package of the module uses them") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                if (!repository.getModifiers().contains(JavaModifier.PUBLIC)) {
                    return;
                }
                boolean usedElsewhere = repository.getDirectDependenciesToSelf().stream()
                        .map(d -> d.getOriginClass())
                        .anyMatch(origin -> !origin.getPackageName().equals(repository.getPackageName())
                                && resideInAnyPackage(BASE + ".." ).test(origin));
                if (!usedElsewhere) {
                    events.add(SimpleConditionEvent.violated(repository,
                            repository.getName() + " is public but only its own package uses it"));
                }
            }
        };
    }
}

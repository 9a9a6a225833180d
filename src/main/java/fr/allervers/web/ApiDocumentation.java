package fr.allervers.web;

import java.beans.Introspector;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The OpenAPI description served at {@code /v3/api-docs} (and read in Swagger UI at {@code /swagger-ui.html}), both
 * for signed-in users only (SecurityConfig). springdoc builds it from the controllers; this class adds what the code
 * cannot say: the title, how to sign in, and one tag per feature. Tags come from the controller's top-level
 * package, so a feature's operations are grouped without an annotation on every controller, and a new controller
 * is filed under its feature by where it lives.
 */
@Configuration
class ApiDocumentation {

    private static final String BASIC = "basic";
    private static final String SESSION = "session";

    /** Top-level package → tag, in the order the tags are listed. */
    private static final Map<String, Tag> FEATURE_TAGS = new LinkedHashMap<>();

    static {
        feature("editor", "Éditeur du territoire",
                "Lieux, hôtels 115, professionnels et camions, un par un : ajout, correction, archivage. — Places, "
                        + "115 hotels, staff and vans one by one: add, correct, archive.");
        feature("administration", "Administration",
                "Organisations membres, territoires tracés dans les communes importées, premiers pas d'un "
                        + "consortium. — Member organisations, territories drawn from the imported communes, a new "
                        + "consortium's first steps.");
        feature("layer", "Couches de carte",
                "Communes, QPV, lieux et hôtels 115 en GeoJSON. — Map layers as GeoJSON: communes, QPV, places, "
                        + "115 hotels.");
        feature("imports", "Imports",
                "Import de fichiers GeoJSON et CSV ; un fichier refusé n'écrit rien. — GeoJSON and CSV imports; "
                        + "nothing of a refused file is written.");
        feature("permanence", "Permanences",
                "Plans de permanences : calcul, suivi, épingles, publication, explications, exports iCalendar et "
                        + "CSV, « Ma journée », abonnements d'agenda, objectifs par commune, jours sans permanence "
                        + "(fériés, fermetures, vacances scolaires). — Permanence plans: solving, progress, pins, "
                        + "publication, explanations, iCalendar and CSV exports, my day, calendar subscriptions, "
                        + "per-commune targets, days off (public holidays, closing days, school holidays).");
        feature("absence", "Absences",
                "Absences des professionnels et indisponibilités des camions. — Staff absences and van "
                        + "unavailability.");
        feature("maraude", "Maraudes",
                "Tournées de maraude : calcul, lecture, publication, GPX, feuille de route, étapes cochées. — Maraude "
                        + "rounds: solving, reading, publication, GPX, route sheet, stops checked off.");
        feature("encounter", "Rencontres",
                "Rencontres de repérage, sans donnée personnelle ; comptes mensuels. — Outreach encounters, "
                        + "without personal data; monthly counts.");
        feature("heatmap", "Carte de chaleur",
                "Carte de chaleur des rencontres sur une grille Lambert-93, petits effectifs masqués pour les "
                        + "agrégats. — Encounter heatmap on a Lambert-93 grid, small counts hidden for aggregates.");
        feature("demand", "Score de demande",
                "Score de demande des lieux et des communes, avec ses composantes. — Demand score of places and "
                        + "communes, with its parts.");
        feature("coverage", "Couverture",
                "Couverture mensuelle et personnes rencontrées pour les financeurs, en totaux des cases publiées "
                        + "(un mois d'une commune, au moins k rencontres chacune). — Monthly coverage and people met "
                        + "for funders, as totals of the published blocks (a month of a commune, k encounters or "
                        + "more each).");
        feature("security", "Comptes et audit",
                "Compte connecté, comptes du consortium, journal d'audit. — The signed-in account, the "
                        + "consortium's accounts, the audit trail.");
        feature("publicschedule", "Horaires publics",
                "Ouverture et fermeture des horaires publics d'un territoire (page, affiches, agendas, données "
                        + "data·inclusion sous /public, sans connexion). — Switching a territory's public schedule "
                        + "on or off (page, posters, calendars, data·inclusion export under /public, no sign-in).");
        feature("web", "Carte",
                "Réglages du fond de carte pour les pages. — Background map settings for the pages.");
    }

    static {
        // Geometries leave the service as GeoJSON (geo.GeoJsonModule), not as the JTS objects' getters.
        SpringDocUtils.getConfig().replaceWithSchema(Geometry.class, new ObjectSchema()
                .description("Géométrie GeoJSON (RFC 7946), lon/lat WGS84. — GeoJSON geometry (RFC 7946), WGS84 "
                        + "lon/lat.")
                .addProperty("type", new Schema<String>().type("string").example("Polygon"))
                .addProperty("coordinates", new Schema<>().type("array")));
        SpringDocUtils.getConfig().replaceWithSchema(SseEmitter.class, new Schema<String>().type("string")
                .description("Server-Sent Events"));
    }

    private static void feature(String rootPackage, String name, String description) {
        FEATURE_TAGS.put(rootPackage, new Tag().name(name).description(description));
    }

    @Bean
    OpenAPI allerVersOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("API Aller-Vers — Aller-Vers API")
                        .version("1")
                        .description("""
                                Planification de l'aller-vers des consortiums O2R : territoire, permanences, \
                                maraudes, rencontres sans donnée personnelle, couverture. Réservée aux comptes \
                                connectés ; chaque appel ne voit que les données de son consortium. Les refus \
                                sont des réponses `application/problem+json` (RFC 9457) en français.

                                Outreach planning for O2R consortia: territory, permanences, maraudes, encounters \
                                without personal data, coverage. For signed-in accounts only; every call sees its \
                                own consortium's data. Refusals are `application/problem+json` answers (RFC 9457) \
                                in French.

                                Scripts use HTTP Basic (no CSRF token needed); browsers use the session cookie and \
                                send the `XSRF-TOKEN` cookie back as the `X-XSRF-TOKEN` header on writes. \
                                Anonymous calls get 401, a role without the right 403."""))
                // Relative: the document describes whichever deployment serves it.
                .servers(List.of(new Server().url("/").description("Ce service — this service")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Scripts : identifiant et mot de passe du compte. — Scripts: the "
                                        + "account's username and password."))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("Navigateur, après /login. — Browser, after /login.")))
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(SESSION)))
                .tags(List.copyOf(FEATURE_TAGS.values()));
    }

    /**
     * springdoc brings Jackson 2's YAML module (for {@code /v3/api-docs.yaml}, which it writes itself). Spring MVC
     * would otherwise offer YAML for every answer, through a mapper that knows neither our GeoJSON nor our settings:
     * the API speaks JSON only, as before.
     */
    @Bean
    WebMvcConfigurer noYamlAnswers() {
        return new WebMvcConfigurer() {
            @Override
            public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
                converters.configureMessageConvertersList(list -> list.removeIf(converter -> converter
                        .getSupportedMediaTypes().stream().anyMatch(MediaType.APPLICATION_YAML::includes)));
            }
        };
    }

    /**
     * Files each operation under its feature's tag and names it {@code controller_method}: springdoc's default ids
     * number clashing method names in the order controllers are found, which would make the committed
     * docs/openapi.json change for no reason.
     */
    @Bean
    OperationCustomizer featureTags() {
        return (operation, handlerMethod) -> {
            Class<?> controller = handlerMethod.getBeanType();
            Tag tag = FEATURE_TAGS.get(rootPackage(controller));
            if (tag != null) {
                operation.setTags(List.of(tag.getName()));
            }
            String name = Introspector.decapitalize(controller.getSimpleName().replaceFirst("Controller$", ""));
            operation.setOperationId(name + "_" + handlerMethod.getMethod().getName());
            describeBody(operation, handlerMethod);
            return operation;
        };
    }

    /**
     * Says what the body really is where springdoc cannot see it: an uploaded file is sent as a multipart form, and
     * a body taken as raw text is JSON the controller reads itself (encounters: one object or an array).
     */
    private static void describeBody(Operation operation, HandlerMethod handlerMethod) {
        var body = operation.getRequestBody();
        if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
            return;
        }
        var parameters = handlerMethod.getMethodParameters();
        boolean upload = Arrays.stream(parameters)
                .anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType()));
        boolean rawJson = Arrays.stream(parameters)
                .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class)
                        && p.getParameterType() == String.class)
                && body.getContent().containsKey(MediaType.APPLICATION_JSON_VALUE);
        if (upload) {
            var mediaType = body.getContent().values().iterator().next();
            body.setContent(new Content().addMediaType(MediaType.MULTIPART_FORM_DATA_VALUE, mediaType));
        } else if (rawJson) {
            body.getContent().get(MediaType.APPLICATION_JSON_VALUE).setSchema(new Schema<>()
                    .description("JSON lu et vérifié par le service (voir docs/). — JSON read and checked by the "
                            + "service (see docs/)."));
        }
    }

    private static String rootPackage(Class<?> type) {
        String below = type.getPackageName().substring(ApiDocumentation.class.getPackageName().lastIndexOf('.') + 1);
        int dot = below.indexOf('.');
        return dot < 0 ? below : below.substring(0, dot);
    }
}

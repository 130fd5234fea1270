package me.snaq.inventory.shared.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The API's path templates and the HTTP methods each serves, read from the resource classes once:
 * what {@code Allow} says, and how a method a path does not serve is told from a path that does not
 * exist.
 */
@ApplicationScoped
public class Routes {
  private record Route(Pattern template, String method) {}

  private volatile List<Route> routes;

  /** The methods served on the path (HEAD with GET, and OPTIONS); empty when no route matches. */
  public Set<String> methodsOf(String path) {
    Set<String> methods = new TreeSet<>();
    for (Route route : routes()) {
      if (route.template().matcher(path).matches()) {
        methods.add(route.method());
      }
    }
    if (methods.contains(HttpMethod.GET)) {
      methods.add(HttpMethod.HEAD);
    }
    if (!methods.isEmpty()) {
      methods.add(HttpMethod.OPTIONS);
    }
    return methods;
  }

  private List<Route> routes() {
    List<Route> known = routes;
    if (known == null) {
      known = read();
      routes = known;
    }
    return known;
  }

  private static List<Route> read() {
    List<Route> found = new ArrayList<>();
    for (Bean<?> bean :
        Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
      Class<?> type = bean.getBeanClass();
      Path root = type.getAnnotation(Path.class);
      if (root == null) {
        continue;
      }
      for (Method method : type.getMethods()) {
        String verb = verbOf(method);
        if (verb != null) {
          Path sub = method.getAnnotation(Path.class);
          found.add(new Route(templateOf(root.value(), sub == null ? "" : sub.value()), verb));
        }
      }
    }
    return List.copyOf(found);
  }

  private static String verbOf(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  /** {@code /v1/lots} + {@code /{id}/hold} as a pattern: each {@code {name}} one path segment. */
  static Pattern templateOf(String root, String sub) {
    String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    StringBuilder regex = new StringBuilder();
    for (String part : path.split("(?=\\{)|(?<=\\})")) {
      regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
    }
    return Pattern.compile(regex + "/?");
  }
}

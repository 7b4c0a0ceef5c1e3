package dk.tegn.courses.packaging.boundary;

import static dk.tegn.core.persistence.JsonP.JSON;

import dk.tegn.courses.packaging.control.CoursePackages;
import dk.tegn.courses.packaging.control.PackageFiles;
import dk.tegn.courses.packaging.entity.PackageException;
import dk.tegn.courses.packaging.entity.Problem;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line for course packages (usage in courses/PACKAGES.md, or run without arguments).
 * {@code check}, {@code zip} and {@code unzip} work on files alone; {@code import}, {@code update}
 * and {@code export} talk to a running Tegn through its REST API as a trainer, with the password
 * from the environment variable {@code TEGN_PASSWORD}.
 */
public final class PackageTool {

  static final String USAGE =
      """
      usage: PackageTool <command> ...
        check  <folder|zip>                       list every problem of a package (exit 1 if any)
        zip    <folder> <out.zip>                 check a package folder, then zip it
        unzip  <package.zip> <folder>             unpack a package to edit it
        import <folder|zip> --organisation ID     import as a new course       } --url URL (default
        update <folder|zip> --course ID [--publish NOTE]  import over the draft } http://localhost:8080)
        export --course ID <out.zip|folder>       export a course's draft      } --user NAME; password
                                                                               } from TEGN_PASSWORD
      """;

  private final PrintWriter out;
  private final Map<String, String> env;

  PackageTool(PrintWriter out, Map<String, String> env) {
    this.out = out;
    this.env = env;
  }

  public static void main(String[] args) {
    // a command-line tool: standard output is its interface, in UTF-8 whatever the platform's is
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
            true);
    int status = new PackageTool(out, System.getenv()).run(List.of(args));
    out.flush();
    System.exit(status);
  }

  int run(List<String> args) {
    if (args.isEmpty()) {
      out.print(USAGE);
      return 2;
    }
    Map<String, String> options = new HashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 1; i < args.size(); i++) {
      if (args.get(i).startsWith("--") && i + 1 < args.size()) {
        options.put(args.get(i).substring(2), args.get(++i));
      } else {
        positional.add(args.get(i));
      }
    }
    try {
      return switch (args.get(0)) {
        case "check" -> check(read(arg(positional, 0)));
        case "zip" -> zip(arg(positional, 0), arg(positional, 1));
        case "unzip" -> unzip(arg(positional, 0), arg(positional, 1));
        case "import" ->
            send(
                "POST",
                "/api/course-packages?organisation=" + required(options, "organisation"),
                read(arg(positional, 0)),
                options);
        case "update" ->
            send(
                "PUT",
                "/api/course-packages/"
                    + required(options, "course")
                    + (options.containsKey("publish")
                        ? "?publish="
                            + java.net.URLEncoder.encode(
                                options.get("publish"), StandardCharsets.UTF_8)
                        : ""),
                read(arg(positional, 0)),
                options);
        case "export" -> export(required(options, "course"), arg(positional, 0), options);
        default -> usage("unknown command " + args.get(0));
      };
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    } catch (PackageException e) {
      e.problems().forEach(out::println);
      return 1;
    } catch (IOException e) {
      out.println("failed: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private int check(Map<String, byte[]> files) {
    List<Problem> problems = CoursePackages.check(files);
    problems.forEach(out::println);
    out.println(
        problems.isEmpty() ? "ok: " + files.size() + " files" : problems.size() + " problem(s)");
    return problems.isEmpty() ? 0 : 1;
  }

  private int zip(String folder, String target) throws IOException {
    Map<String, byte[]> files = read(folder);
    if (check(files) != 0) {
      return 1;
    }
    Files.write(Path.of(target), PackageFiles.toZip(files));
    out.println("written " + target);
    return 0;
  }

  private int unzip(String zip, String folder) throws IOException {
    PackageFiles.toFolder(PackageFiles.fromZip(Files.readAllBytes(Path.of(zip))), Path.of(folder));
    out.println("unpacked to " + folder);
    return 0;
  }

  private int send(
      String method, String path, Map<String, byte[]> files, Map<String, String> options)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http(
            request(path, options)
                .header("Content-Type", CoursePackagesResource.ZIP)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(PackageFiles.toZip(files))),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 == 2) {
      out.println(response.body());
      return 0;
    }
    return failed(response.statusCode(), response.body());
  }

  private int export(String course, String target, Map<String, String> options)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        http(
            request("/api/course-packages/" + course, options).GET(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      return failed(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    }
    if (target.endsWith(".zip")) {
      Files.write(Path.of(target), response.body());
    } else {
      PackageFiles.toFolder(PackageFiles.fromZip(response.body()), Path.of(target));
    }
    out.println("exported course " + course + " to " + target);
    return 0;
  }

  private int failed(int status, String body) {
    out.println("refused (HTTP " + status + ")");
    try {
      JsonObject json = JSON.createReader(new StringReader(body)).readObject();
      if (json.get("problems") instanceof jakarta.json.JsonArray problems) {
        for (JsonValue p : problems) {
          JsonObject o = p.asJsonObject();
          out.println(new Problem(o.getString("file"), o.getInt("line"), o.getString("message")));
        }
      } else {
        out.println(json.getString("message", body));
      }
    } catch (RuntimeException notJson) {
      out.println(body);
    }
    return 1;
  }

  private HttpRequest.Builder request(String path, Map<String, String> options) {
    String password = env.get("TEGN_PASSWORD");
    if (password == null) {
      throw new IllegalArgumentException("set TEGN_PASSWORD to the password of --user");
    }
    String credentials = required(options, "user") + ":" + password;
    return HttpRequest.newBuilder(
            URI.create(
                options.getOrDefault("url", "http://localhost:8080").replaceAll("/+$", "") + path))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  private static <T> HttpResponse<T> http(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(request.build(), body);
  }

  private static Map<String, byte[]> read(String source) throws IOException {
    Path path = Path.of(source);
    if (Files.isDirectory(path)) {
      return PackageFiles.fromFolder(path);
    }
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no folder or zip file " + source);
    }
    return PackageFiles.fromZip(Files.readAllBytes(path));
  }

  private static String arg(List<String> positional, int index) {
    if (positional.size() <= index) {
      throw new IllegalArgumentException("missing argument");
    }
    return positional.get(index);
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }

  private int usage(String problem) {
    out.println(problem);
    out.print(USAGE);
    return 2;
  }
}

import Foundation
import NewsGraphCore
import NewsGraphQuery

/// Renders the audit rows as plain text, JSON, or one self-contained HTML page.
///
/// The HTML page needs no network: CSS and JavaScript are inline and every value is escaped. Its table
/// filters by kind and by text; the filter can be given in the address, `report.html#kind=person&q=zhan`
/// (or `?kind=person&q=zhan`), and is kept there as the reader changes it.
public enum AuditReport {
    public static func text(_ rows: [AuditRow]) -> String {
        var out = ""
        for row in rows {
            out += "\(JSONText.number(row.score))  \(row.name) (\(row.kind.rawValue))"
            out += row.status == .rejected ? "  REJECTED" : ""
            out +=
                "  \(row.mentions) mention\(row.mentions == 1 ? "" : "s"), \(row.articles) article\(row.articles == 1 ? "" : "s")\n"
            for reason in row.reasons { out += "    - \(reason)\n" }
            for snippet in row.snippets { out += "      \(snippet)\n" }
        }
        return out.isEmpty ? "nothing to review\n" : out
    }

    public static func json(_ rows: [AuditRow]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n"
    }

    /// Text made safe for HTML element content and double- or single-quoted attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A snippet with its `[[mention]]` shown as `<mark>`, everything else escaped.
    package static func markedHTML(_ snippet: String) -> String {
        var out = ""
        var rest = Substring(snippet)
        while let open = rest.range(of: "[["), let close = rest[open.upperBound...].range(of: "]]") {
            out +=
                escape(String(rest[..<open.lowerBound])) + "<mark>"
                + escape(String(rest[open.upperBound..<close.lowerBound])) + "</mark>"
            rest = rest[close.upperBound...]
        }
        return out + escape(String(rest))
    }

    public static func html(_ rows: [AuditRow], title: String = "NewsGraph audit") -> String {
        var body = ""
        for row in rows {
            let searchable = ([row.name, row.kind.rawValue, row.status.rawValue] + row.reasons + row.snippets).joined(
                separator: " ")
            body += "<tr class=\"row\(row.status == .rejected ? " rejected" : "")\" data-kind=\"\(row.kind.rawValue)\""
            body += " data-status=\"\(row.status.rawValue)\" data-text=\"\(escape(NameLookup.fold(searchable)))\">"
            body +=
                "<td class=\"name\">\(escape(row.name))\(row.status == .rejected ? " <span class=\"tag\">rejected</span>" : "")</td>"
            body += "<td class=\"kind\">\(row.kind.rawValue)</td>"
            body += "<td class=\"score\">\(JSONText.number(row.score))</td>"
            body += "<td>\(row.mentions) / \(row.articles)</td>"
            body += "<td><ul>" + row.reasons.map { "<li>\(escape($0))</li>" }.joined() + "</ul></td>"
            body +=
                "<td><ul class=\"evidence\">" + row.snippets.map { "<li>\(markedHTML($0))</li>" }.joined()
                + "</ul></td>"
            body += "</tr>\n"
        }
        let kindOptions = EntityKind.allCases.map { "<option value=\"\($0.rawValue)\">\($0.rawValue)</option>" }
            .joined()
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>
            body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
            #controls { position: sticky; top: 0; background: #fff; padding: .5em 0; border-bottom: 1px solid #ccc; }
            #controls label { margin-right: 1em; }
            table { border-collapse: collapse; width: 100%; margin-top: .5em; }
            th, td { border-bottom: 1px solid #e4e4e4; padding: .35em .5em; text-align: left; vertical-align: top; }
            th { background: #f4f4f4; }
            td.score { text-align: right; font-variant-numeric: tabular-nums; }
            ul { margin: 0; padding-left: 1.1em; }
            ul.evidence { color: #444; font-size: 13px; }
            mark { background: #ffe58a; }
            tr.rejected td { color: #888; }
            .tag { font-size: 11px; border: 1px solid #aaa; border-radius: 3px; padding: 0 .3em; }
            </style>
            </head>
            <body>
            <h1>\(escape(title))</h1>
            <p>Entities ranked by how much they need a human: score = reach (log2 of 1 + mentions, plus log2 of 1 + relations) times doubt (how likely the reasons make it wrong). Rejected names are listed last.</p>
            <div id="controls">
            <label>Kind <select id="kind"><option value="">all</option>\(kindOptions)</select></label>
            <label>Text <input id="q" type="search" placeholder="name, reason or evidence"></label>
            <span id="count"></span>
            </div>
            <table id="audit">
            <thead><tr><th>Entity</th><th>Kind</th><th>Score</th><th>Mentions / articles</th><th>Reasons</th><th>Evidence</th></tr></thead>
            <tbody>
            \(body)</tbody>
            </table>
            <script>
            (function () {
              "use strict";
              var kind = document.getElementById("kind");
              var q = document.getElementById("q");
              var count = document.getElementById("count");
              var rows = Array.prototype.slice.call(document.querySelectorAll("#audit tbody tr.row"));
              function fold(s) {
                return s.normalize("NFKD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase()
                  .replace(/[^\\p{L}\\p{N}]+/gu, " ").trim();
              }
              function readAddress() {
                var source = location.hash.replace(/^#/, "") || location.search.replace(/^\\?/, "");
                var params = {};
                source.split("&").forEach(function (pair) {
                  if (!pair) { return; }
                  var i = pair.indexOf("=");
                  var key = decodeURIComponent(i < 0 ? pair : pair.slice(0, i));
                  var value = i < 0 ? "" : decodeURIComponent(pair.slice(i + 1).replace(/\\+/g, " "));
                  params[key] = value;
                });
                return params;
              }
              function apply() {
                var k = kind.value, text = fold(q.value), shown = 0;
                rows.forEach(function (row) {
                  var visible = (!k || row.getAttribute("data-kind") === k) &&
                    (!text || row.getAttribute("data-text").indexOf(text) >= 0);
                  row.hidden = !visible;
                  if (visible) { shown += 1; }
                });
                count.textContent = shown + " of " + rows.length + " shown";
              }
              function remember() {
                var parts = [];
                if (kind.value) { parts.push("kind=" + encodeURIComponent(kind.value)); }
                if (q.value) { parts.push("q=" + encodeURIComponent(q.value)); }
                history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
              }
              var params = readAddress();
              if (params.kind !== undefined) { kind.value = params.kind; }
              if (params.q !== undefined) { q.value = params.q; }
              kind.addEventListener("change", function () { apply(); remember(); });
              q.addEventListener("input", function () { apply(); remember(); });
              window.addEventListener("hashchange", function () {
                var p = readAddress();
                kind.value = p.kind || ""; q.value = p.q || ""; apply();
              });
              apply();
            }());
            </script>
            </body>
            </html>

            """
    }
}

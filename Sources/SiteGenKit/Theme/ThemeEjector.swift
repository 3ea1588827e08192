import Foundation

/// `sitegen theme eject`: copies default-theme files into a site's `templates/` to customise.
enum ThemeEjector {
    struct Outcome: Equatable {
        var written: [String] = []
        /// Files the site already has; they are never overwritten.
        var kept: [String] = []
        var unknown: [String] = []
    }

    /// Copies `files` (paths below `templates/`; all of them when empty) into `directory`.
    static func eject(_ files: [String], into directory: String, fileSystem: FileSystem) throws -> Outcome {
        var outcome = Outcome()
        let wanted = files.isEmpty ? DefaultTheme.files.keys.sorted() : files.map { $0.hasPrefix("templates/") ? String($0.dropFirst("templates/".count)) : $0 }
        for path in wanted {
            guard let text = DefaultTheme.files[path] else { outcome.unknown.append(path); continue }
            let target = directory + "/" + path
            if fileSystem.fileExists(target) { outcome.kept.append(path); continue }
            try fileSystem.writeFile(target, Data(text.utf8))
            outcome.written.append(path)
        }
        return outcome
    }
}

/// `sitegen new DIR`: a small working site to start from, using the built-in theme.
enum SiteScaffold {
    static let files: [String: String] = [
        "content/site.yml": """
            title: {en: My Help Center, fr: Mon centre d'aide}
            baseURL: https://help.example.com/
            defaultLanguage: en
            languages:
              - {code: en, name: English}
              - {code: fr, name: Français}
            # products:
            #   - {id: app, name: {en: My App}}
            # feedback:
            #   endpoint: https://feedback.example.com/votes   # where "Was this helpful?" votes go

            """,
        "content/en/_index.md": "---\ntitle: My Help Center\ndescription: Answers and guides.\n---\n\nWelcome. Start with [your first steps](getting-started/first-steps.md).\n",
        "content/fr/_index.md": "---\ntitle: Mon centre d'aide\ndescription: Réponses et guides.\n---\n\nBienvenue. Commencez par [vos premiers pas](getting-started/first-steps.md).\n",
        "content/en/getting-started/_index.md": "---\ntitle: Getting started\ndescription: Everything for your first day.\norder: 1\n---\n",
        "content/fr/getting-started/_index.md": "---\ntitle: Bien démarrer\ndescription: Tout pour votre premier jour.\n---\n",
        "content/en/getting-started/first-steps.md": """
            ---
            title: Your first steps
            description: Set up your account in five minutes.
            updated: 2026-01-01
            order: 1
            ---

            Welcome! This article is a place to start writing.

            ## Create your account {#create-account}

            1. Open the app.
            2. Choose **Sign up**.

            > [!TIP]
            > Articles are Markdown files: edit `content/en/getting-started/first-steps.md`.

            """,
        "content/fr/getting-started/first-steps.md": """
            ---
            title: Vos premiers pas
            description: Configurez votre compte en cinq minutes.
            updated: 2026-01-01
            ---

            Bienvenue ! Cet article est un point de départ.

            ## Créer votre compte {#create-account}

            1. Ouvrez l'application.
            2. Choisissez **S'inscrire**.

            > [!TIP]
            > Les articles sont des fichiers Markdown : modifiez `content/fr/getting-started/first-steps.md`.

            """,
    ]

    /// Writes the site into `directory`, which must not exist or be empty.
    static func create(in directory: String, fileSystem: FileSystem) throws -> [String] {
        if fileSystem.isDirectory(directory), !((try? fileSystem.contentsOfDirectory(directory)) ?? []).isEmpty {
            throw ScaffoldError(message: "\(directory) already exists and is not empty")
        }
        for (path, text) in files.sorted(by: { $0.key < $1.key }) { try fileSystem.writeFile(directory + "/" + path, Data(text.utf8)) }
        return files.keys.sorted()
    }
}

struct ScaffoldError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

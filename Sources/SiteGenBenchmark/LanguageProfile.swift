/// Everything the generator needs to write one language: its entry in `site.yml`, the share of
/// articles translated into it, and a small aligned vocabulary for titles and headings.
///
/// `verbs` and `nouns` are aligned across languages (index i means the same thing everywhere), so
/// one plan of word indices yields the "same" title in every language, in that language's script.
struct LanguageProfile: Sendable {
    let code: String
    let name: String
    let rtl: Bool
    /// Fraction of the source articles that have a translation in this language (1 for `en`).
    let translationShare: Double
    let siteTitle: String
    let homeDescription: String
    let verbs: [String]
    let nouns: [String]
    /// Builds a title or heading from a verb and a noun phrase (word order differs by language).
    let phrase: @Sendable (_ verb: String, _ noun: String) -> String
    /// Builds a category title from two noun phrases.
    let pair: @Sendable (_ first: String, _ second: String) -> String
    /// Builds an article description from a verb and a noun phrase.
    let describe: @Sendable (_ verb: String, _ noun: String) -> String

    func title(verb: Int, noun: Int) -> String { capitalized(phrase(verbs[verb], nouns[noun])) }
    func categoryTitle(_ a: Int, _ b: Int) -> String { capitalized(pair(nouns[a], nouns[b])) }
    func description(verb: Int, noun: Int) -> String { describe(verbs[verb], nouns[noun]) }
}

/// Upper-cases the first letter only (scripts without case are unchanged).
func capitalized(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
}

extension LanguageProfile {
    /// Default language first: the benchmark's `--languages N` takes the first N.
    static let all: [LanguageProfile] = [english, french, german, japanese, arabic]

    static let english = LanguageProfile(
        code: "en", name: "English", rtl: false, translationShare: 1,
        siteTitle: "Brightloom Help Center",
        homeDescription: "Guides, answers and troubleshooting for every Brightloom product.",
        verbs: ["configure", "manage", "review", "export", "import", "reset", "share", "schedule",
                "archive", "verify", "update", "troubleshoot"],
        nouns: ["invoices", "payment methods", "sending domains", "contact lists", "API keys", "audit logs",
                "user roles", "help desk tickets", "email templates", "automation rules", "workspace settings",
                "single sign-on", "two-step verification", "custom reports", "dashboards", "webhooks",
                "integrations", "subscriptions", "refunds", "data exports", "site themes", "custom domains",
                "team members", "notification rules", "service levels", "saved replies", "form fields", "tags",
                "backups", "usage limits"],
        phrase: { "\($0) \($1)" }, pair: { "\($0) and \($1)" },
        describe: { "How to \($0) \($1), with the limits that apply and tips for common problems." })

    static let french = LanguageProfile(
        code: "fr", name: "Français", rtl: false, translationShare: 0.9,
        siteTitle: "Centre d'aide Brightloom",
        homeDescription: "Guides, réponses et dépannage pour tous les produits Brightloom.",
        verbs: ["configurer", "gérer", "consulter", "exporter", "importer", "réinitialiser", "partager",
                "planifier", "archiver", "vérifier", "mettre à jour", "dépanner"],
        nouns: ["les factures", "les moyens de paiement", "les domaines d'envoi", "les listes de contacts",
                "les clés API", "les journaux d'audit", "les rôles utilisateur", "les tickets d'assistance",
                "les modèles d'e-mail", "les règles d'automatisation", "les paramètres de l'espace de travail",
                "l'authentification unique", "la vérification en deux étapes", "les rapports personnalisés",
                "les tableaux de bord", "les webhooks", "les intégrations", "les abonnements",
                "les remboursements", "les exports de données", "les thèmes de site", "les domaines personnalisés",
                "les membres de l'équipe", "les règles de notification", "les niveaux de service",
                "les réponses enregistrées", "les champs de formulaire", "les étiquettes", "les sauvegardes",
                "les limites d'utilisation"],
        phrase: { "\($0) \($1)" }, pair: { "\($0) et \($1)" },
        describe: { "Comment \($0) \($1), avec les limites applicables et des conseils de dépannage." })

    static let german = LanguageProfile(
        code: "de", name: "Deutsch", rtl: false, translationShare: 0.7,
        siteTitle: "Brightloom Hilfe-Center",
        homeDescription: "Anleitungen, Antworten und Fehlerbehebung für alle Brightloom-Produkte.",
        verbs: ["konfigurieren", "verwalten", "prüfen", "exportieren", "importieren", "zurücksetzen", "teilen",
                "planen", "archivieren", "verifizieren", "aktualisieren", "reparieren"],
        nouns: ["Rechnungen", "Zahlungsmethoden", "Versanddomains", "Kontaktlisten", "API-Schlüssel",
                "Audit-Protokolle", "Benutzerrollen", "Support-Tickets", "E-Mail-Vorlagen", "Automatisierungsregeln",
                "Workspace-Einstellungen", "Single Sign-On", "Zwei-Faktor-Bestätigung", "eigene Berichte",
                "Dashboards", "Webhooks", "Integrationen", "Abonnements", "Rückerstattungen", "Datenexporte",
                "Website-Designs", "eigene Domains", "Teammitglieder", "Benachrichtigungsregeln", "Service-Levels",
                "gespeicherte Antworten", "Formularfelder", "Tags", "Sicherungen", "Nutzungslimits"],
        phrase: { "\($1) \($0)" }, pair: { "\($0) und \($1)" },
        describe: { "So können Sie \($1) \($0), mit den geltenden Limits und Tipps zur Fehlerbehebung." })

    static let japanese = LanguageProfile(
        code: "ja", name: "日本語", rtl: false, translationShare: 0.5,
        siteTitle: "Brightloom ヘルプセンター",
        homeDescription: "Brightloom の全製品のガイド、回答、トラブルシューティング。",
        verbs: ["設定する", "管理する", "確認する", "エクスポートする", "インポートする", "リセットする", "共有する",
                "スケジュールする", "アーカイブする", "検証する", "更新する", "トラブルシューティングする"],
        nouns: ["請求書", "支払い方法", "送信ドメイン", "連絡先リスト", "API キー", "監査ログ", "ユーザーロール",
                "サポートチケット", "メールテンプレート", "自動化ルール", "ワークスペース設定", "シングルサインオン",
                "2 段階認証", "カスタムレポート", "ダッシュボード", "Webhook", "連携", "サブスクリプション", "返金",
                "データエクスポート", "サイトテーマ", "カスタムドメイン", "チームメンバー", "通知ルール",
                "サービスレベル", "保存済み返信", "フォームフィールド", "タグ", "バックアップ", "使用量の上限"],
        phrase: { "\($1)を\($0)" }, pair: { "\($0)と\($1)" },
        describe: { "\($1)を\($0)方法と、適用される制限、よくある問題のヒント。" })

    static let arabic = LanguageProfile(
        code: "ar", name: "العربية", rtl: true, translationShare: 0.4,
        siteTitle: "مركز مساعدة برايتلوم",
        homeDescription: "أدلة وإجابات وحلول لجميع منتجات برايتلوم.",
        verbs: ["إعداد", "إدارة", "مراجعة", "تصدير", "استيراد", "إعادة تعيين", "مشاركة", "جدولة", "أرشفة",
                "التحقق من", "تحديث", "استكشاف أخطاء"],
        nouns: ["الفواتير", "طرق الدفع", "نطاقات الإرسال", "قوائم جهات الاتصال", "مفاتيح API", "سجلات التدقيق",
                "أدوار المستخدمين", "تذاكر الدعم", "قوالب البريد", "قواعد الأتمتة", "إعدادات مساحة العمل",
                "تسجيل الدخول الموحد", "التحقق بخطوتين", "التقارير المخصصة", "لوحات المعلومات", "خطافات الويب",
                "التكاملات", "الاشتراكات", "المبالغ المستردة", "تصدير البيانات", "قوالب المواقع",
                "النطاقات المخصصة", "أعضاء الفريق", "قواعد الإشعارات", "مستويات الخدمة", "الردود المحفوظة",
                "حقول النماذج", "الوسوم", "النسخ الاحتياطية", "حدود الاستخدام"],
        phrase: { "\($0) \($1)" }, pair: { "\($0) و\($1)" },
        describe: { "كيفية \($0) \($1)، مع الحدود المطبقة ونصائح لحل المشكلات الشائعة." })
}

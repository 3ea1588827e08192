import Mustache
@testable import SiteGenKit

// Templates read these contexts through `child(named:)` instead of `Mirror`: reflection was
// most of the render time. `TemplateFieldsTests` checks that every stored property is listed.

extension PageContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "page": return self.page
        case "t": return self.t
        case "main": return self.main
        default: return nil
        }
    }
}

extension PageLayout: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "lang": return self.lang
        case "dir": return self.dir
        case "siteTitle": return self.siteTitle
        case "title": return self.title
        case "description": return self.description
        case "root": return self.root
        case "homeURL": return self.homeURL
        case "availabilityURL": return self.availabilityURL
        case "canonicalURL": return self.canonicalURL
        case "noindex": return self.noindex
        case "alternates": return self.alternates
        case "languages": return self.languages
        case "assets": return self.assets
        case "brand": return self.brand
        case "languageName": return self.languageName
        case "locale": return self.locale
        case "jsonLD": return self.jsonLD
        case "ogType": return self.ogType
        case "searchURL": return self.searchURL
        case "searchIndexURL": return self.searchIndexURL
        case "searchReportURL": return self.searchReportURL
        case "params": return self.params
        default: return nil
        }
    }
}

extension BrandLayout: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "logo": return self.logo
        case "accent": return self.accent
        case "support": return self.support
        case "favicon": return self.favicon
        case "links": return self.links
        case "hasLinks": return self.hasLinks
        default: return nil
        }
    }
}

extension Alternate: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "hreflang": return self.hreflang
        case "href": return self.href
        default: return nil
        }
    }
}

extension LanguageOption: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "code": return self.code
        case "name": return self.name
        case "dir": return self.dir
        case "href": return self.href
        case "current": return self.current
        case "unavailable": return self.unavailable
        case "unavailableLabel": return self.unavailableLabel
        case "fallback": return self.fallback
        case "fallbackLabel": return self.fallbackLabel
        default: return nil
        }
    }
}

extension LinkItem: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        case "description": return self.description
        case "lang": return self.lang
        case "dir": return self.dir
        case "badge": return self.badge
        default: return nil
        }
    }
}

extension NavEntry: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        case "current": return self.current
        case "link": return self.link
        case "groupStart": return self.groupStart
        case "groupEnd": return self.groupEnd
        case "lang": return self.lang
        case "dir": return self.dir
        case "badge": return self.badge
        default: return nil
        }
    }
}

extension Banner: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "linkText": return self.linkText
        case "href": return self.href
        case "hreflang": return self.hreflang
        default: return nil
        }
    }
}

extension AvailabilityMatrix: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "caption": return self.caption
        case "summary": return self.summary
        case "columns": return self.columns
        case "rows": return self.rows
        default: return nil
        }
    }
}

extension AvailabilityMatrix.Column: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "product": return self.product
        default: return nil
        }
    }
}

extension AvailabilityMatrix.Cell: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "available": return self.available
        case "label": return self.label
        case "product": return self.product
        default: return nil
        }
    }
}

extension AvailabilityMatrix.Row: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "product": return self.product
        case "cells": return self.cells
        default: return nil
        }
    }
}

extension TOCEntry: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "text": return self.text
        case "level": return self.level
        case "nested": return self.nested
        default: return nil
        }
    }
}

extension FeedbackForm: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "endpoint": return self.endpoint
        case "articleID": return self.articleID
        case "language": return self.language
        case "revision": return self.revision
        case "returnURL": return self.returnURL
        case "supportURL": return self.supportURL
        default: return nil
        }
    }
}

extension ArticleMain: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "breadcrumbs": return self.breadcrumbs
        case "banners": return self.banners
        case "hasUpdated": return self.hasUpdated
        case "updatedText": return self.updatedText
        case "updatedISO": return self.updatedISO
        case "availability": return self.availability
        case "toc": return self.toc
        case "hasTOC": return self.hasTOC
        case "html": return self.html
        case "bodyLang": return self.bodyLang
        case "bodyDir": return self.bodyDir
        case "related": return self.related
        case "hasRelated": return self.hasRelated
        case "feedback": return self.feedback
        case "nav": return self.nav
        case "previous": return self.previous
        case "next": return self.next
        default: return nil
        }
    }
}

extension CategorySummary: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "description": return self.description
        case "href": return self.href
        case "articles": return self.articles
        case "sections": return self.sections
        case "lang": return self.lang
        default: return nil
        }
    }
}

extension HomeMain: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "banners": return self.banners
        case "html": return self.html
        case "bodyLang": return self.bodyLang
        case "bodyDir": return self.bodyDir
        case "categories": return self.categories
        case "uncategorized": return self.uncategorized
        case "hasUncategorized": return self.hasUncategorized
        default: return nil
        }
    }
}

extension CategoryMain: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "description": return self.description
        case "banners": return self.banners
        case "breadcrumbs": return self.breadcrumbs
        case "html": return self.html
        case "bodyLang": return self.bodyLang
        case "bodyDir": return self.bodyDir
        case "sections": return self.sections
        case "hasSections": return self.hasSections
        case "articles": return self.articles
        case "hasArticles": return self.hasArticles
        case "nav": return self.nav
        default: return nil
        }
    }
}

extension NotFoundMain: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        default: return nil
        }
    }
}

extension LanguagePickerMain: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "languages": return self.languages
        case "defaultHref": return self.defaultHref
        default: return nil
        }
    }
}

extension AvailabilityPageMain: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "products": return self.products
        case "groups": return self.groups
        case "tierNames": return self.tierNames
        case "rows": return self.rows
        default: return nil
        }
    }
}

extension AvailabilityPageMain.Product: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "name": return self.name
        default: return nil
        }
    }
}

extension AvailabilityPageMain.Row: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        case "productIDs": return self.productIDs
        case "appliesToAll": return self.appliesToAll
        case "columnCount": return self.columnCount
        case "cells": return self.cells
        default: return nil
        }
    }
}

extension AvailabilityPageMain.Group: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "span": return self.span
        case "id": return self.id
        default: return nil
        }
    }
}

/// `page.params.<key>`: strings and numbers print as written, booleans and lists open sections,
/// maps nest (`page.params.author.name`).
extension ParamValue: MustacheParent {
    public func child(named name: String) -> Any? {
        guard case .map(let map) = self, let value = map[name] else { return nil }
        return value.mustacheValue
    }

    var mustacheValue: Any {
        switch self {
        case .string(let text), .number(let text): return text
        case .bool(let flag): return flag
        case .list(let items): return items.map(\.mustacheValue)
        case .map: return self
        }
    }
}

extension SearchPageMain: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "articles": return self.articles
        default: return nil
        }
    }
}

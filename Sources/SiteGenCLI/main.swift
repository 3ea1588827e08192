import Foundation
import SiteGenKit

exit(await SitegenCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))

import FeedbackKit
import Foundation

exit(await FeedbackCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))

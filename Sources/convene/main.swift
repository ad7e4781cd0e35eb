import ConveneCLI
ConveneCommand.main()

from declump.cli import main

main()

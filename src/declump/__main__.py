import sys

try:
    from declump.cli import main
except KeyboardInterrupt:  # Ctrl-C while the command line is still loading
    sys.exit(130)

main()

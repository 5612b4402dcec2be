$ ind help --completion bash
--- stdout
# bash completion for ind, written by `ind help --completion bash`.
_ind() {
   local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
   local command="" options word
   for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
      case $word in
         check|test|audit|explain|eval|template|fmt|lsp|help) command=$word; break ;;
      esac
   done
   case $command:$prev in
      audit:--format) COMPREPLY=($(compgen -W "text json csv md html xlsx" -- "$cur")); return ;;
      audit:--locale) COMPREPLY=($(compgen -W "id en" -- "$cur")); return ;;
      explain:--format) COMPREPLY=($(compgen -W "text json" -- "$cur")); return ;;
      explain:--locale) COMPREPLY=($(compgen -W "id en" -- "$cur")); return ;;
      eval:--format) COMPREPLY=($(compgen -W "table json csv md html xlsx" -- "$cur")); return ;;
      eval:--locale) COMPREPLY=($(compgen -W "id en" -- "$cur")); return ;;
      eval:--on-error) COMPREPLY=($(compgen -W "stop skip" -- "$cur")); return ;;
      template:--format) COMPREPLY=($(compgen -W "csv xlsx" -- "$cur")); return ;;
      help:--completion) COMPREPLY=($(compgen -W "bash zsh" -- "$cur")); return ;;
      *:--color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
      *:--diagnostics) COMPREPLY=($(compgen -W "human short" -- "$cur")); return ;;
      *:--stdlib|*:--data|*:--out|*:--rows) COMPREPLY=($(compgen -f -- "$cur")); return ;;
      *:--color|*:--diagnostics|*:--max-diagnostics|*:--period|*:--format|*:--locale|*:--on-error|*:--threads|*:--completion) COMPREPLY=(); return ;;
   esac
   case $command in
         "") options="-h --help --version --stdlib --color --diagnostics --max-diagnostics check test audit explain eval template fmt lsp help" ;;
         check) options="--no-warnings -h --help" ;;
         test) options="-h --help" ;;
         audit) options="--data --period --format --locale --out --all --bom --tanpa-bom --reproducible -h --help" ;;
         explain) options="--data --period --format --locale --reproducible -h --help" ;;
         eval) options="--data --period --format --locale --rows --on-error --threads --out --bom --tanpa-bom --reproducible -h --help" ;;
         template) options="--period --out --format -h --help" ;;
         fmt) options="--check --diff -h --help" ;;
         lsp) options="-h --help" ;;
         help) options="--man --completion -h --help" ;;
   esac
   if [[ $cur == -* || -z $command ]]; then
      COMPREPLY=($(compgen -W "$options" -- "$cur"))
   else
      COMPREPLY=($(compgen -f -- "$cur"))
   fi
}
complete -o filenames -o bashdefault -F _ind ind

--- stderr

--- exit 0

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>Tirada em:</translation>
    </message>
    <message>
        <source>Computed when you save.</source>
        <translation>Calculada ao salvar.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Impressão digital SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>Impressão SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation>&amp;Copiar a impressão digital</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copiar a impressão digital SHA-256</translation>
    </message>
    <message>
        <source>Copy the file&apos;s fingerprint, to compare it elsewhere.</source>
        <translation>Copia a impressão digital do arquivo, para comparar em outro lugar.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>File text</source>
        <translation>Texto do arquivo</translation>
    </message>
    <message>
        <source>The text inside the file, read-only.</source>
        <translation>O texto do arquivo, só para leitura.</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here. It is kept unchanged in the notebook.</source>
        <translation>Este tipo de arquivo não pode ser mostrado aqui. Ele fica guardado sem alterações no caderno.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>will be added when you save</source>
        <translation>será adicionado ao salvar</translation>
    </message>
    <message>
        <source>Transcript typed</source>
        <translation>Transcrição digitada</translation>
    </message>
    <message>
        <source>No transcript yet</source>
        <translation>Ainda sem transcrição</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Arquivos anexados</translation>
    </message>
    <message>
        <source>Drop files here, paste a screenshot with Ctrl+V, or add files.</source>
        <translation>Solte arquivos aqui, cole uma captura de tela com Ctrl+V ou adicione arquivos.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Adicionar &amp;arquivos…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Adicionar arquivos</translation>
    </message>
    <message>
        <source>Choose files or pictures to keep with this entry.</source>
        <translation>Escolha arquivos ou imagens para guardar com este registro.</translation>
    </message>
    <message>
        <source>Past&amp;e screenshot</source>
        <translation>Co&amp;lar captura de tela</translation>
    </message>
    <message>
        <source>Paste screenshot (Ctrl+V)</source>
        <translation>Colar captura de tela (Ctrl+V)</translation>
    </message>
    <message>
        <source>Add the picture you copied or the screenshot you took.</source>
        <translation>Adiciona a imagem que você copiou ou a captura de tela que fez.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>View selected file</source>
        <translation>Ver o arquivo escolhido</translation>
    </message>
    <message>
        <source>Look at the chosen file and its fingerprint.</source>
        <translation>Mostra o arquivo escolhido e a impressão digital dele.</translation>
    </message>
    <message>
        <source>Remove f&amp;ile</source>
        <translation>Remover arqu&amp;ivo</translation>
    </message>
    <message>
        <source>Remove selected file</source>
        <translation>Remover o arquivo escolhido</translation>
    </message>
    <message>
        <source>Take the chosen file off this entry when you save.</source>
        <translation>Tira o arquivo escolhido deste registro ao salvar.</translation>
    </message>
    <message>
        <source>T&amp;ype transcript…</source>
        <translation>Digitar &amp;transcrição…</translation>
    </message>
    <message>
        <source>Transcript of the chosen recording</source>
        <translation>Transcrição da gravação escolhida</translation>
    </message>
    <message>
        <source>Type what is said in the chosen sound or video file; it is printed beside it in an evidence bundle.</source>
        <translation>Digite o que é dito no arquivo de som ou vídeo escolhido; ele é impresso ao lado do arquivo em um dossiê de provas.</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>Escolha os arquivos para anexar</translation>
    </message>
    <message>
        <source>Screenshot added. It is saved when you press Save.</source>
        <translation>Captura de tela adicionada. Ela é salva quando você clicar em Salvar.</translation>
    </message>
    <message>
        <source>“{0}” is already in the list.</source>
        <translation>“{0}” já está na lista.</translation>
    </message>
    <message>
        <source>“{0}” is the same file as “{1}” (SHA-256 {2}…).</source>
        <translation>“{0}” é o mesmo arquivo que “{1}” (SHA-256 {2}…).</translation>
    </message>
    <message>
        <source>Already attached, so not added again:</source>
        <translation>Já estava anexado, por isso não foi adicionado de novo:</translation>
    </message>
    <message>
        <source>There is no picture on the clipboard to paste.</source>
        <translation>Não há nenhuma imagem copiada para colar.</translation>
    </message>
    <message>
        <source>The file will be taken off this entry when you save. Earlier versions keep it.</source>
        <translation>O arquivo será tirado deste registro ao salvar. As versões anteriores continuam com ele.</translation>
    </message>
    <message>
        <source>Choose a sound or video file in the list first.</source>
        <translation>Primeiro escolha um arquivo de som ou vídeo na lista.</translation>
    </message>
    <message>
        <source>Reading “{0}”…</source>
        <translation>Lendo “{0}”…</translation>
    </message>
    <message>
        <source>Transcript kept. It is saved with the entry when you press Save.</source>
        <translation>Transcrição mantida. Ela é salva com o registro quando você clicar em Salvar.</translation>
    </message>
    <message>
        <source>Choose a file in the list first.</source>
        <translation>Primeiro escolha um arquivo na lista.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message numerus="yes">
        <source>%n bar(s); the table tab lists every figure.</source>
        <translation>
            <numerusform>%n barra; a aba Tabela traz todos os números.</numerusform>
            <numerusform>%n barras; a aba Tabela traz todos os números.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys choose a bar; Enter shows its entries.</source>
        <translation>As setas escolhem uma barra; Enter mostra os registros dela.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries</source>
        <translation>
            <numerusform>%1: %n registro</numerusform>
            <numerusform>%1: %n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoxCanvas</name>
    <message>
        <source>The picture</source>
        <translation>A imagem</translation>
    </message>
    <message>
        <source>Drag over a part of the picture to black it out.</source>
        <translation>Arraste sobre uma parte da imagem para cobri-la de preto.</translation>
    </message>
</context>
<context>
    <name>BoxEditor</name>
    <message>
        <source>Black out parts of {0}</source>
        <translation>Cobrir de preto partes de {0}</translation>
    </message>
    <message>
        <source>Drag over what must not be seen: a face, a street sign, a phone number. In the bundle those parts are removed from the picture itself, not just covered. The picture in your notebook does not change.</source>
        <translation>Arraste sobre o que não deve ser visto: um rosto, uma placa de rua, um número de telefone. No dossiê essas partes são removidas da própria imagem, não apenas cobertas. A imagem no seu caderno não muda.</translation>
    </message>
    <message>
        <source>Number of black boxes</source>
        <translation>Número de caixas pretas</translation>
    </message>
    <message>
        <source>&amp;Remove the last box</source>
        <translation>&amp;Remover a última caixa</translation>
    </message>
    <message>
        <source>Remove the last box</source>
        <translation>Remover a última caixa</translation>
    </message>
    <message>
        <source>Takes away the box drawn last (Backspace or Ctrl+Z).</source>
        <translation>Remove a última caixa desenhada (Backspace ou Ctrl+Z).</translation>
    </message>
    <message>
        <source>Remove &amp;all boxes</source>
        <translation>Remover &amp;todas as caixas</translation>
    </message>
    <message>
        <source>Remove all boxes</source>
        <translation>Remover todas as caixas</translation>
    </message>
    <message>
        <source>Takes away every box on this picture.</source>
        <translation>Remove todas as caixas desta imagem.</translation>
    </message>
    <message>
        <source>Boxes are not saved in the notebook: they are used for this bundle.</source>
        <translation>As caixas não são salvas no caderno: servem só para este dossiê.</translation>
    </message>
    <message>
        <source>&amp;Use these boxes</source>
        <translation>&amp;Usar estas caixas</translation>
    </message>
    <message>
        <source>No boxes yet.</source>
        <translation>Ainda não há caixas.</translation>
    </message>
    <message>
        <source>1 box.</source>
        <translation>1 caixa.</translation>
    </message>
    <message>
        <source>{0} boxes.</source>
        <translation>{0} caixas.</translation>
    </message>
</context>
<context>
    <name>EditorParts</name>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>data e hora</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>categorias</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>o que aconteceu</translation>
    </message>
    <message>
        <source>place</source>
        <translation>local</translation>
    </message>
    <message>
        <source>people involved</source>
        <translation>pessoas envolvidas</translation>
    </message>
    <message>
        <source>witnesses</source>
        <translation>testemunhas</translation>
    </message>
    <message>
        <source>injuries</source>
        <translation>lesões</translation>
    </message>
    <message>
        <source>medical care</source>
        <translation>atendimento médico</translation>
    </message>
    <message>
        <source>who was told</source>
        <translation>a quem foi contado</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravidade</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>meio</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>remetente</translation>
    </message>
    <message>
        <source>transcripts of recordings</source>
        <translation>transcrições de gravações</translation>
    </message>
    <message>
        <source>{0}: date</source>
        <translation>{0}: data</translation>
    </message>
    <message>
        <source>The day, as year-month-day.</source>
        <translation>O dia, como ano-mês-dia.</translation>
    </message>
    <message>
        <source>{0}: time</source>
        <translation>{0}: hora</translation>
    </message>
    <message>
        <source>The time, as hours and minutes (24-hour clock).</source>
        <translation>A hora, em horas e minutos (relógio de 24 horas).</translation>
    </message>
    <message>
        <source>Time &amp;unknown</source>
        <translation>Hora &amp;desconhecida</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>Hora desconhecida</translation>
    </message>
    <message>
        <source>Tick this if you do not know the time.</source>
        <translation>Marque se você não souber a hora.</translation>
    </message>
    <message>
        <source>Appro&amp;ximately</source>
        <translation>Apro&amp;ximadamente</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation>Aproximadamente</translation>
    </message>
    <message>
        <source>Tick this if you are not sure of the exact date or time.</source>
        <translation>Marque se você não tiver certeza da data ou da hora exatas.</translation>
    </message>
    <message>
        <source>Tick all that apply: every kind of abuse this entry is about. Space ticks the chosen line.</source>
        <translation>Marque todas as que se aplicam: cada tipo de abuso de que trata este registro. A barra de espaço marca a linha escolhida.</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>A quem foi contado</translation>
    </message>
    <message>
        <source>People or services you told, and any reference number they gave.</source>
        <translation>Pessoas ou serviços a quem você contou, e o número de protocolo que deram.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de protocolo</translation>
    </message>
    <message>
        <source>Add a pe&amp;rson</source>
        <translation>Adicionar uma pe&amp;ssoa</translation>
    </message>
    <message>
        <source>Add someone who was told</source>
        <translation>Adicionar alguém a quem você contou</translation>
    </message>
    <message>
        <source>Add a row to the table.</source>
        <translation>Adiciona uma linha à tabela.</translation>
    </message>
    <message>
        <source>Re&amp;move person</source>
        <translation>Re&amp;mover pessoa</translation>
    </message>
    <message>
        <source>Remove selected row</source>
        <translation>Remover a linha escolhida</translation>
    </message>
    <message>
        <source>Take the selected row out of the table.</source>
        <translation>Tira da tabela a linha escolhida.</translation>
    </message>
    <message>
        <source>deleted; the text was erased</source>
        <translation>excluído; o texto foi apagado</translation>
    </message>
    <message>
        <source>first written</source>
        <translation>primeira versão</translation>
    </message>
    <message>
        <source>content erased</source>
        <translation>conteúdo apagado</translation>
    </message>
    <message>
        <source>files added</source>
        <translation>arquivos adicionados</translation>
    </message>
    <message>
        <source>files removed</source>
        <translation>arquivos removidos</translation>
    </message>
    <message>
        <source>changed: {0}</source>
        <translation>alterações: {0}</translation>
    </message>
    <message>
        <source>no visible change</source>
        <translation>nenhuma alteração visível</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Every saved version stays. Recorded times are set by the app. Click a version, or press Enter on it, to read it.</source>
        <translation>Todas as versões salvas são mantidas. Os horários de registro são definidos pelo aplicativo. Clique em uma versão, ou pressione Enter sobre ela, para lê-la.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ainda não foi salvo.</translation>
    </message>
    <message>
        <source>Version {0} — recorded {1} — {2}</source>
        <translation>Versão {0} — registrada {1} — {2}</translation>
    </message>
    <message>
        <source>Written more than a week after it happened.</source>
        <translation>Escrito mais de uma semana depois do que aconteceu.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Files and screenshots</source>
        <translation>Arquivos e capturas de tela</translation>
    </message>
    <message>
        <source>History (read-only)</source>
        <translation>Histórico (só leitura)</translation>
    </message>
    <message>
        <source>Each save adds a version. Earlier versions are kept.</source>
        <translation>Cada vez que você salva, uma versão é adicionada. As anteriores são mantidas.</translation>
    </message>
    <message>
        <source>Deleted entry</source>
        <translation>Registro excluído</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Salva&amp;r</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salvar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Record this entry. Earlier versions are kept.</source>
        <translation>Salva este registro. As versões anteriores são mantidas.</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>V&amp;oltar à lista</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Voltar à lista</translation>
    </message>
    <message>
        <source>Leave this entry and show the list.</source>
        <translation>Sai deste registro e mostra a lista.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Excluir este registro</translation>
    </message>
    <message>
        <source>Erase this entry&apos;s text and files. A dated marker stays in the history.</source>
        <translation>Apaga o texto e os arquivos deste registro. Uma marca com a data fica no histórico.</translation>
    </message>
    <message>
        <source>{0} — reading version {1} (read-only)</source>
        <translation>{0} — lendo a versão {1} (somente leitura)</translation>
    </message>
    <message>
        <source>{0} — unsaved changes</source>
        <translation>{0} — alterações não salvas</translation>
    </message>
    <message>
        <source>This entry was deleted. Its history is kept.</source>
        <translation>Este registro foi excluído. O histórico dele é mantido.</translation>
    </message>
    <message>
        <source>Recorded: {0}
Deleted: {1}

The content was erased when the entry was deleted. A dated marker stays in the history.</source>
        <translation>Registrado em: {0}
Excluído em: {1}

O conteúdo foi apagado quando o registro foi excluído. Uma marca com data fica no histórico.</translation>
    </message>
    <message>
        <source>Go back to the current version to save: earlier versions stay as they are.</source>
        <translation>Volte à versão atual para salvar: as versões anteriores ficam como estão.</translation>
    </message>
    <message>
        <source>Choose at least one category before saving: tick each kind of abuse this entry is about.</source>
        <translation>Escolha pelo menos uma categoria antes de salvar: marque cada tipo de abuso de que trata este registro.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saving the files…</source>
        <translation>Salvando os arquivos…</translation>
    </message>
    <message>
        <source>Saved. Version {0} is recorded.</source>
        <translation>Salvo. A versão {0} está registrada.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Excluindo…</translation>
    </message>
    <message>
        <source>Deleted. The text and files were erased; a dated marker stays in the history.</source>
        <translation>Excluído. O texto e os arquivos foram apagados; uma marca com a data fica no histórico.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Make an evidence bundle</source>
        <translation>Criar um dossiê de provas</translation>
    </message>
    <message>
        <source>Choose what to put in the bundle. It is a PDF you can give to an advocate, a solicitor or the police. It is saved only where you choose and is never opened automatically.</source>
        <translation>Escolha o que colocar no dossiê. É um PDF que você pode entregar a uma pessoa de apoio, a uma advogada ou advogado, ou à polícia. Ele só é salvo onde você escolher e nunca é aberto sozinho.</translation>
    </message>
    <message>
        <source>What the bundle will contain</source>
        <translation>O que o dossiê vai ter</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Past e&amp;xports…</source>
        <translation>E&amp;xportações anteriores…</translation>
    </message>
    <message>
        <source>Which entries</source>
        <translation>Quais registros</translation>
    </message>
    <message>
        <source>Only between these dates</source>
        <translation>Só entre estas datas</translation>
    </message>
    <message>
        <source>Leave it unticked to include entries of every date.</source>
        <translation>Deixe sem marcar para incluir registros de todas as datas.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>The first day to include.</source>
        <translation>O primeiro dia incluído.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>The last day to include.</source>
        <translation>O último dia incluído.</translation>
    </message>
    <message>
        <source>Categories (none ticked: all)</source>
        <translation>Categorias (nenhuma marcada: todas)</translation>
    </message>
    <message>
        <source>Tick the kinds of entries to include. None ticked includes all.</source>
        <translation>Marque os tipos de registro que quer incluir. Sem nenhuma marcada, todos são incluídos.</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categorias:</translation>
    </message>
    <message>
        <source>Tags, separated by commas (all must match)</source>
        <translation>Etiquetas, separadas por vírgulas (todas precisam estar)</translation>
    </message>
    <message>
        <source>Only entries with every one of these tags.</source>
        <translation>Só os registros que tenham todas estas etiquetas.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Only these entries (none ticked: all)</source>
        <translation>Só estes registros (nenhum marcado: todos)</translation>
    </message>
    <message>
        <source>Tick single entries to include only those.</source>
        <translation>Marque registros avulsos para incluir só esses.</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Include earlier versions of amended entries</source>
        <translation>Incluir as versões anteriores dos registros alterados</translation>
    </message>
    <message>
        <source>Shows what was changed in an entry, and when.</source>
        <translation>Mostra o que foi alterado num registro, e quando.</translation>
    </message>
    <message>
        <source>Add a pattern summary after the chronology</source>
        <translation>Adicionar um resumo do padrão depois da cronologia</translation>
    </message>
    <message>
        <source>Counts per month and category, with charts and tables: facts only.</source>
        <translation>Contagens por mês e categoria, com gráficos e tabelas: somente fatos.</translation>
    </message>
    <message>
        <source>Show imported messages also as a conversation</source>
        <translation>Mostrar também as mensagens importadas como conversa</translation>
    </message>
    <message>
        <source>A transcript of each imported chat, in the style of the chat, with each message&apos;s entry number. Only drawn when imported messages are chosen.</source>
        <translation>Uma transcrição de cada conversa importada, no estilo da conversa, com o número de entrada de cada mensagem. Só aparece quando mensagens importadas são escolhidas.</translation>
    </message>
    <message>
        <source>Leave out (for a copy that may reach the other person)</source>
        <translation>Omitir (para uma cópia que pode chegar à outra pessoa)</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locais</translation>
    </message>
    <message>
        <source>Leave out locations</source>
        <translation>Omitir os locais</translation>
    </message>
    <message>
        <source>The place fields are left out of the bundle.</source>
        <translation>Os campos de local ficam fora do dossiê.</translation>
    </message>
    <message>
        <source>Names of people involved, witnesses and people told</source>
        <translation>Nomes de pessoas envolvidas, testemunhas e pessoas a quem foi contado</translation>
    </message>
    <message>
        <source>Leave out names</source>
        <translation>Omitir os nomes</translation>
    </message>
    <message>
        <source>The name fields are left out of the bundle.</source>
        <translation>Os campos de nomes ficam fora do dossiê.</translation>
    </message>
    <message>
        <source>Files to leave out</source>
        <translation>Arquivos a omitir</translation>
    </message>
    <message>
        <source>Tick files that must not be in the bundle.</source>
        <translation>Marque os arquivos que não devem ir no dossiê.</translation>
    </message>
    <message>
        <source>Files to leave out:</source>
        <translation>Arquivos a omitir:</translation>
    </message>
    <message>
        <source>Black boxes:</source>
        <translation>Caixas pretas:</translation>
    </message>
    <message>
        <source>The bundle says what was left out. Names or places written in the text itself are not removed.</source>
        <translation>O dossiê diz o que foi omitido. Nomes ou lugares escritos dentro do texto não são removidos.</translation>
    </message>
    <message>
        <source>Leave those entries out of this copy (recommended)</source>
        <translation>Deixar essas entradas de fora desta cópia (recomendado)</translation>
    </message>
    <message>
        <source>Leave out entries written with an earlier version of the app</source>
        <translation>Deixar de fora as entradas escritas com uma versão anterior do aplicativo</translation>
    </message>
    <message>
        <source>What an earlier version of the app recorded about them would let someone holding this copy guess the names and places you leave out.</source>
        <translation>O que uma versão anterior do aplicativo guardou sobre elas permitiria a quem tiver esta cópia adivinhar os nomes e lugares que você deixa de fora.</translation>
    </message>
    <message>
        <source>Cover and password</source>
        <translation>Capa e senha</translation>
    </message>
    <message>
        <source>Name or initials on the cover (optional)</source>
        <translation>Nome ou iniciais na capa (opcional)</translation>
    </message>
    <message>
        <source>Shown on the first page. You can leave it empty.</source>
        <translation>Aparece na primeira página. Pode ficar vazio.</translation>
    </message>
    <message>
        <source>Name or initials:</source>
        <translation>Nome ou iniciais:</translation>
    </message>
    <message>
        <source>Protect the PDF with a password</source>
        <translation>Proteger o PDF com uma senha</translation>
    </message>
    <message>
        <source>Nobody can open the PDF without the password.</source>
        <translation>Ninguém consegue abrir o PDF sem a senha.</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Senha do PDF</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <source>&amp;Generate a strong password</source>
        <translation>&amp;Gerar uma senha forte</translation>
    </message>
    <message>
        <source>Generate a strong password</source>
        <translation>Gerar uma senha forte</translation>
    </message>
    <message>
        <source>Make a long password of ordinary words, shown so you can write it down.</source>
        <translation>Cria uma senha longa com palavras comuns e a mostra para você anotar.</translation>
    </message>
    <message>
        <source>Cop&amp;y password</source>
        <translation>Co&amp;piar senha</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copiar a senha</translation>
    </message>
    <message>
        <source>Put the password on the clipboard. It is taken off again after 30 seconds.</source>
        <translation>Coloca a senha na área de transferência. Ela é retirada de novo após 30 segundos.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Give the password separately: say it on the phone or in person, never in the same email or message as the file.</source>
        <translation>Passe a senha separadamente: diga por telefone ou pessoalmente, nunca no mesmo e-mail ou mensagem do arquivo.</translation>
    </message>
    <message>
        <source>Language of the bundle</source>
        <translation>Idioma do dossiê</translation>
    </message>
    <message>
        <source>The PDF can be in a language other than the app&apos;s, for the reader.</source>
        <translation>O PDF pode estar em outro idioma que o do aplicativo, o de quem vai ler.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Copied. It is taken off the clipboard after 30 seconds, or when the notebook locks.</source>
        <translation>Copiada. Ela sai da área de transferência após 30 segundos, ou quando o caderno é bloqueado.</translation>
    </message>
    <message>
        <source>The bundle will contain {0} entries and {1} exhibits.</source>
        <translation>O dossiê vai ter {0} registros e {1} anexos.</translation>
    </message>
    <message>
        <source>Entries {0} were written with an earlier version of the app. A copy that leaves out names or places cannot hide them safely for those entries: someone holding it could work them out by trying likely ones.</source>
        <translation>As entradas {0} foram escritas com uma versão anterior do aplicativo. Uma cópia que deixa de fora nomes ou lugares não consegue escondê-los com segurança nessas entradas: quem a tiver poderia descobri-los testando os mais prováveis.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 8 characters, or generate one.</source>
        <translation>Escolha uma senha de pelo menos 8 caracteres, ou gere uma.</translation>
    </message>
    <message>
        <source>Save the evidence bundle</source>
        <translation>Salvar o dossiê de provas</translation>
    </message>
    <message>
        <source>Making the evidence bundle…</source>
        <translation>Criando o dossiê de provas…</translation>
    </message>
    <message>
        <source>The bundle was saved as {0} ({1} entries, {2} exhibits).</source>
        <translation>O dossiê foi salvo como {0} ({1} registros, {2} anexos).</translation>
    </message>
    <message>
        <source>Entries {0}, written with an earlier version of the app, were left out; the bundle says so on its cover.</source>
        <translation>As entradas {0}, escritas com uma versão anterior do aplicativo, ficaram de fora; o dossiê diz isso na capa.</translation>
    </message>
    <message>
        <source>It is recorded under Past exports as {0}; SHA-256 of the file: {1}.</source>
        <translation>Ficou anotado em Exportações anteriores como {0}; SHA-256 do arquivo: {1}.</translation>
    </message>
    <message>
        <source>Remember to give the password separately, not with the file.</source>
        <translation>Lembre-se de passar a senha separadamente, não junto com o arquivo.</translation>
    </message>
    <message>
        <source>It has no password: anyone with the file can read it.</source>
        <translation>Ele não tem senha: qualquer pessoa com o arquivo pode ler.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>What this notebook protects</source>
        <translation>O que este caderno protege</translation>
    </message>
    <message>
        <source>Everything you write here, and every file you add, is locked with your passphrase. Without it, nobody can read the notebook — not even if they copy the folder. Each entry keeps its history: if you change something, the earlier version stays, so nobody can say it was rewritten later.</source>
        <translation>Tudo o que você escreve aqui, e cada arquivo que adiciona, fica trancado com a sua frase de acesso. Sem ela, ninguém consegue ler o caderno, nem mesmo copiando a pasta. Cada registro guarda o seu histórico: se você muda algo, a versão anterior fica, e ninguém pode dizer que foi reescrito depois.</translation>
    </message>
    <message>
        <source>What it cannot protect</source>
        <translation>O que ele não consegue proteger</translation>
    </message>
    <message>
        <source>If someone has put spying software on this computer, or watches the screen, or knows your passphrase, they may still see what you write. If you think this computer is watched, use a safer device if you can, and talk to a support worker.</source>
        <translation>Se alguém instalou um programa espião neste computador, olha a tela ou sabe a sua frase de acesso, essa pessoa ainda pode ver o que você escreve. Se você acha que este computador é vigiado, use um aparelho mais seguro, se puder, e converse com uma pessoa de apoio.</translation>
    </message>
    <message>
        <source>Signs that this computer may be watched</source>
        <translation>Sinais de que este computador pode estar sendo vigiado</translation>
    </message>
    <message>
        <source>The other person knows things you only wrote here, searched for, or said in private messages. There are programs or browser add-ons you did not install. They set up, “fixed” or gave you this computer or phone, or they know your passwords. None of these proves anything, and spying software is often invisible. If you are worried, use a computer they have never touched (at a library, a friend’s, or your advocate’s office), and ask a local domestic-abuse service or a trusted tech-safety helper to check your devices with you. Removing spying software yourself can warn the other person, so get advice first.</source>
        <translation>A outra pessoa sabe coisas que você só escreveu aqui, pesquisou ou disse em mensagens privadas. Há programas ou extensões do navegador que você não instalou. Ela configurou, “consertou” ou lhe deu este computador ou celular, ou sabe as suas senhas. Nada disso prova nada, e programas espiões costumam ser invisíveis. Se você estiver preocupada, use um computador que essa pessoa nunca tocou (numa biblioteca, na casa de uma amiga ou no escritório da sua pessoa de apoio) e peça a um serviço local de atendimento à violência doméstica ou a alguém de confiança que entenda de segurança digital para verificar os seus aparelhos com você. Remover um programa espião por conta própria pode alertar a outra pessoa: peça orientação antes.</translation>
    </message>
    <message>
        <source>Leaving quickly</source>
        <translation>Sair rápido</translation>
    </message>
    <message>
        <source>Press Esc twice, or the Quick exit button, to close the notebook at once. Ctrl+L locks it. It also locks by itself when you stop using it for a while. Nothing saved is deleted when it closes. But an entry you are still writing and have not saved is left out, so that nothing stays open behind the lock: press Save (Ctrl+S) before you leave the computer.</source>
        <translation>Aperte Esc duas vezes, ou o botão Saída rápida, para fechar o caderno na hora. Ctrl+L o bloqueia. Ele também se bloqueia sozinho quando você para de usá-lo por um tempo. Nada do que foi salvo é apagado ao fechar. Mas um registro que você ainda está escrevendo e não salvou é perdido, para que nada fique aberto atrás do bloqueio: clique em Salvar (Ctrl+S) antes de sair do computador.</translation>
    </message>
    <message>
        <source>Keep a backup somewhere safe</source>
        <translation>Guarde um backup num lugar seguro</translation>
    </message>
    <message>
        <source>A computer can break or be taken. Make a backup from time to time: open Settings, then “Backup and checks”, then “Save a backup…”, and choose a USB stick (or any folder). The backup is one locked file. Keep it somewhere the other person cannot reach: a USB stick you hide, or with someone you trust. It opens only with the passphrase you had when you saved it. To use it on another computer, choose “Restore from a backup file…” on the first screen.</source>
        <translation>Um computador pode quebrar ou ser levado. Faça um backup de vez em quando: abra Configurações, depois “Backup e verificações”, depois “Salvar um backup…”, e escolha um pen drive (ou qualquer pasta). O backup é um único arquivo trancado. Guarde-o onde a outra pessoa não alcance: num pen drive escondido, ou com alguém de confiança. Ele só abre com a frase de acesso que você tinha ao salvá-lo. Para usá-lo em outro computador, escolha “Restaurar de um arquivo de backup…” na primeira tela.</translation>
    </message>
    <message>
        <source>Checkpoint codes</source>
        <translation>Códigos de ponto de controle</translation>
    </message>
    <message>
        <source>Settings, then “Checkpoint”, shows a short code that records how much the notebook holds today. Write it down or save the printable page, and give it to your advocate or someone you trust, every few weeks. Later, “Check against this code” shows whether the notebook still holds everything it held that day. If someone swapped your notebook for an older copy, the check says so. The code says nothing about what you wrote.</source>
        <translation>Em Configurações, “Ponto de controle” mostra um código curto que registra quanto o caderno guarda hoje. Anote-o ou salve a página para imprimir, e entregue à sua pessoa de apoio ou a alguém de confiança, a cada poucas semanas. Depois, “Verificar com este código” mostra se o caderno ainda guarda tudo o que tinha naquele dia. Se alguém trocou o seu caderno por uma cópia mais antiga, a verificação avisa. O código não diz nada sobre o que você escreveu.</translation>
    </message>
    <message>
        <source>A second passphrase, and its limits</source>
        <translation>Uma segunda frase de acesso, e os seus limites</translation>
    </message>
    <message>
        <source>In Settings, under “Second passphrase”, you can choose a second passphrase. Typed on the first screen, it opens a separate notebook that you can fill with ordinary notes. Choose it while your usual notebook is open. It does not hide your usual notebook: someone who knows this app knows a second passphrase can exist, and someone who copies the folder at different times can see which notebook changes. Choosing a second passphrase again empties the separate notebook.</source>
        <translation>Em Configurações, em “Segunda frase de acesso”, você pode escolher uma segunda frase de acesso. Digitada na primeira tela, ela abre um caderno separado que você pode encher de anotações comuns. Escolha-a com o seu caderno de sempre aberto. Ela não esconde o seu caderno de sempre: quem conhece este aplicativo sabe que pode existir uma segunda frase de acesso, e quem copia a pasta em momentos diferentes pode ver qual caderno muda. Escolher de novo uma segunda frase de acesso esvazia o caderno separado.</translation>
    </message>
    <message>
        <source>What someone looking at the computer can tell</source>
        <translation>O que alguém que olha o computador pode saber</translation>
    </message>
    <message>
        <source>A quick look: the notebook folder always holds two notebook files, whether or not you chose a second passphrase, and both show the same time. Opening takes the same time whichever passphrase is typed, a wrong one too. A backup holds both notebooks and is the same whichever one was open. A careful look: the two files can differ in size, and someone who copies the folder or your backups at different times can see which file changed in between. A forensic examination of the computer can find more, for example which file was written most recently.</source>
        <translation>Uma olhada rápida: a pasta do caderno sempre tem dois arquivos de caderno, tenha você escolhido ou não uma segunda frase de acesso, e os dois mostram o mesmo horário. Abrir demora o mesmo com qualquer frase de acesso, inclusive com uma errada. Um backup guarda os dois cadernos e é igual seja qual for o que estava aberto. Um olhar cuidadoso: os dois arquivos podem ter tamanhos diferentes, e quem copia a pasta ou os seus backups em momentos diferentes pode ver qual arquivo mudou entre uma vez e outra. Um exame forense do computador pode encontrar mais, por exemplo qual arquivo foi gravado por último.</translation>
    </message>
    <message>
        <source>Nothing is deleted by itself</source>
        <translation>Nada é apagado sozinho</translation>
    </message>
    <message>
        <source>The app never deletes or wipes anything on its own: not after wrong passphrases, not when it locks, not after a while. Something that wiped the notebook automatically could be used by someone else to destroy your record.</source>
        <translation>O aplicativo nunca apaga nada por conta própria: nem depois de frases de acesso erradas, nem ao bloquear, nem com o tempo. Algo que apagasse o caderno automaticamente poderia ser usado por outra pessoa para destruir o seu registro.</translation>
    </message>
    <message>
        <source>What makes a record useful later</source>
        <translation>O que torna um registro útil depois</translation>
    </message>
    <message>
        <source>Write the date, and the time if you know it. If you are not sure, tick &apos;Approximately&apos; — that is fine. Keep the original screenshots and files. For messages, write the sender&apos;s number or address exactly as shown, not only their name. Write down who you told and any reference number they gave you. Short notes written soon are worth more than perfect ones written much later.</source>
        <translation>Escreva a data, e a hora se souber. Se não tiver certeza, marque &apos;Aproximadamente&apos;: tudo bem. Guarde as capturas de tela e os arquivos originais. Nas mensagens, escreva o número ou o endereço de quem enviou exatamente como aparece, não só o nome. Anote a quem você contou e o número de protocolo que lhe deram. Anotações curtas escritas logo valem mais do que anotações perfeitas escritas muito depois.</translation>
    </message>
    <message>
        <source>Removing the app and the notebook</source>
        <translation>Remover o aplicativo e o caderno</translation>
    </message>
    <message>
        <source>If it becomes safer to have nothing on this computer, you can remove it all. Nothing is removed unless you do it yourself:</source>
        <translation>Se for mais seguro não ter nada neste computador, você pode remover tudo. Nada é removido a menos que você mesma faça isso:</translation>
    </message>
    <message>
        <source>1. If you may want your record later, first save a backup and keep it elsewhere.</source>
        <translation>1. Se você puder precisar do seu registro depois, salve antes um backup e guarde-o em outro lugar.</translation>
    </message>
    <message>
        <source>2. Delete the app (uninstall it, or delete its folder).</source>
        <translation>2. Apague o aplicativo (desinstale-o ou apague a pasta dele).</translation>
    </message>
    <message>
        <source>3. Delete the notebook folder. On this computer it is usually:</source>
        <translation>3. Apague a pasta do caderno. Neste computador, ela costuma ser:</translation>
    </message>
    <message>
        <source>    The notebook open now is in:</source>
        <translation>    O caderno aberto agora está em:</translation>
    </message>
    <message>
        <source>4. Delete the small settings file too:</source>
        <translation>4. Apague também o pequeno arquivo de configurações:</translation>
    </message>
    <message>
        <source>5. Delete any backup files (for example notebook.backup) and any saved bundles (PDF files) you do not want to keep, including copies on USB sticks.</source>
        <translation>5. Apague os arquivos de backup (por exemplo notebook.backup) e os dossiês salvos (arquivos PDF) que você não quer guardar, inclusive cópias em pen drives.</translation>
    </message>
    <message>
        <source>6. Empty the recycle bin (trash). Deleted files can sometimes be brought back with special tools; a computer with full-disk encryption makes that much harder.</source>
        <translation>6. Esvazie a lixeira. Às vezes, arquivos apagados podem ser recuperados com programas especiais; um computador com o disco inteiro criptografado torna isso muito mais difícil.</translation>
    </message>
    <message>
        <source>Local support contacts</source>
        <translation>Contatos de apoio perto de você</translation>
    </message>
    <message>
        <source>You can note helplines or people you trust here. They are kept inside the locked notebook, like your entries, and saved as you type.</source>
        <translation>Aqui você pode anotar telefones de ajuda ou pessoas de confiança. Eles ficam dentro do caderno trancado, como os seus registros, e são salvos enquanto você digita.</translation>
    </message>
    <message>
        <source>Helplines or people you trust. Kept locked inside the notebook.</source>
        <translation>Telefones de ajuda ou pessoas de confiança. Ficam trancados dentro do caderno.</translation>
    </message>
    <message>
        <source>Name and phone number, one per line</source>
        <translation>Nome e telefone, um por linha</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import messages</source>
        <translation>Importar mensagens</translation>
    </message>
    <message>
        <source>Messages chosen</source>
        <translation>Mensagens escolhidas</translation>
    </message>
    <message>
        <source>&amp;Choose an export…</source>
        <translation>&amp;Escolher uma exportação…</translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation>Escolher uma exportação</translation>
    </message>
    <message>
        <source>A chat export from WhatsApp, an SMS backup, Telegram, or e-mail.</source>
        <translation>Uma exportação de conversa do WhatsApp, um backup de SMS, Telegram ou e-mail.</translation>
    </message>
    <message>
        <source>…or drop the export file on this window.</source>
        <translation>…ou solte o arquivo exportado nesta janela.</translation>
    </message>
    <message>
        <source>Find out from the file</source>
        <translation>Descobrir pelo arquivo</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS Backup &amp; Restore (XML)</source>
        <translation>SMS Backup &amp; Restore (XML)</translation>
    </message>
    <message>
        <source>Telegram (result.json)</source>
        <translation>Telegram (result.json)</translation>
    </message>
    <message>
        <source>E-mail (.eml, .mbox)</source>
        <translation>E-mail (arquivos .eml, .mbox)</translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation>&amp;Ler como:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Day first (31/01/2024)</source>
        <translation>Primeiro o dia (31/01/2024)</translation>
    </message>
    <message>
        <source>Month first (01/31/2024)</source>
        <translation>Primeiro o mês (01/31/2024)</translation>
    </message>
    <message>
        <source>Every date in this export could be day/month or month/day. How does the phone write dates?</source>
        <translation>Todas as datas desta exportação podem ser lidas como dia/mês ou mês/dia. Como o telefone escreve as datas?</translation>
    </message>
    <message>
        <source>This computer&apos;s zone</source>
        <translation>O fuso deste computador</translation>
    </message>
    <message>
        <source>The phone&apos;s time &amp;zone:</source>
        <translation>&amp;Fuso horário do telefone:</translation>
    </message>
    <message>
        <source>Messages in the export</source>
        <translation>Mensagens da exportação</translation>
    </message>
    <message>
        <source>Choose &amp;all</source>
        <translation>Escolher &amp;todas</translation>
    </message>
    <message>
        <source>Choose &amp;none</source>
        <translation>&amp;Nenhuma</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>Only this &amp;sender</source>
        <translation>Só este &amp;remetente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Only these &amp;dates</source>
        <translation>Só estas &amp;datas</translation>
    </message>
    <message>
        <source>Ca&amp;tegory for the new entries:</source>
        <translation>&amp;Categoria das novas entradas:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Andamento da importação</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar a importação</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Chat exports ({patterns})</source>
        <translation>Exportações de conversa ({patterns})</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Lendo a exportação…</translation>
    </message>
    <message>
        <source>{zone} (this computer&apos;s zone)</source>
        <translation>{zone} (o fuso deste computador)</translation>
    </message>
    <message>
        <source>The dates in this export can be read two ways. Choose how the phone writes them, and it will be read again.</source>
        <translation>As datas desta exportação podem ser lidas de duas maneiras. Escolha como o telefone as escreve e ela será lida de novo.</translation>
    </message>
    <message>
        <source>1 message. Times are as the export writes them, read in: {zone}.</source>
        <translation>1 mensagem. Os horários são os que a exportação escreve, lidos em: {zone}.</translation>
    </message>
    <message>
        <source>{count} messages. Times are as the export writes them, read in: {zone}.</source>
        <translation>{count} mensagens. Os horários são os que a exportação escreve, lidos em: {zone}.</translation>
    </message>
    <message>
        <source>{count} notices (such as &apos;Messages are end-to-end encrypted&apos;) are kept in the stored export, not as entries.</source>
        <translation>{count} avisos (como “As mensagens são protegidas com a criptografia de ponta a ponta”) ficam na exportação guardada, não como entradas.</translation>
    </message>
    <message>
        <source>No export read yet.</source>
        <translation>Nenhuma exportação lida ainda.</translation>
    </message>
    <message>
        <source>{chosen} of 1 message chosen, {already} already in the journal.</source>
        <translation>{chosen} de 1 mensagem escolhida, {already} já no diário.</translation>
    </message>
    <message>
        <source>{chosen} of {total} messages chosen, {already} already in the journal.</source>
        <translation>{chosen} de {total} mensagens escolhidas, {already} já no diário.</translation>
    </message>
    <message>
        <source>Importing 1 message…</source>
        <translation>Importando 1 mensagem…</translation>
    </message>
    <message>
        <source>Importing {count} messages…</source>
        <translation>Importando {count} mensagens…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>1 message was imported into the journal.</source>
        <translation>1 mensagem foi importada para o diário.</translation>
    </message>
    <message>
        <source>{count} messages were imported into the journal.</source>
        <translation>{count} mensagens foram importadas para o diário.</translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>Time (zone assumed)</source>
        <translation>Horário (fuso presumido)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <source>In the journal</source>
        <translation>No diário</translation>
    </message>
    <message>
        <source>This message is already in the journal; it is not imported again.</source>
        <translation>Esta mensagem já está no diário; não é importada de novo.</translation>
    </message>
    <message>
        <source>not in the export: {name}</source>
        <translation>não está na exportação: {name}</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>New incident</source>
        <translation>Novo incidente</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>A few words, e.g. &apos;Shouted and took my phone&apos;</source>
        <translation>Algumas palavras, por ex. &apos;Gritou e pegou meu celular&apos;</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Quando aconteceu</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Describe what happened, in your own words.</source>
        <translation>Conte o que aconteceu, com as suas palavras.</translation>
    </message>
    <message>
        <source>In your own words. Short notes are fine.</source>
        <translation>Com as suas palavras. Anotações curtas bastam.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Where it happened.</source>
        <translation>Onde aconteceu.</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Pessoas envolvidas</translation>
    </message>
    <message>
        <source>Who did it, and who else took part.</source>
        <translation>Quem fez, e quem mais participou.</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testemunhas</translation>
    </message>
    <message>
        <source>Anyone who saw or heard it.</source>
        <translation>Quem viu ou ouviu.</translation>
    </message>
    <message>
        <source>One person per line</source>
        <translation>Uma pessoa por linha</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lesões</translation>
    </message>
    <message>
        <source>Any injuries, even small ones.</source>
        <translation>Qualquer lesão, mesmo pequena.</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Atendimento médico</translation>
    </message>
    <message>
        <source>A doctor, hospital or clinic that saw you, if any.</source>
        <translation>O médico, hospital ou posto de saúde que atendeu você, se houve.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Words to find this again, separated by commas</source>
        <translation>Palavras para achar isto de novo, separadas por vírgulas</translation>
    </message>
    <message>
        <source>How serious it felt</source>
        <translation>Quão grave pareceu</translation>
    </message>
    <message>
        <source>How serious it felt to you, from 1 (least) to 5 (most). Optional.</source>
        <translation>Quão grave pareceu para você, de 1 (o mínimo) a 5 (o máximo). Opcional.</translation>
    </message>
    <message>
        <source>&amp;Categories (all that apply):</source>
        <translation>&amp;Categorias (todas as que se aplicam):</translation>
    </message>
    <message>
        <source>How serious it felt (&amp;1–5):</source>
        <translation>Quão grave pareceu (&amp;1–5):</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não indicada</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>W&amp;hat happened:</source>
        <translation>O q&amp;ue aconteceu:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Local:</translation>
    </message>
    <message>
        <source>Pe&amp;ople involved:</source>
        <translation>&amp;Pessoas envolvidas:</translation>
    </message>
    <message>
        <source>Wit&amp;nesses:</source>
        <translation>Testemu&amp;nhas:</translation>
    </message>
    <message>
        <source>In&amp;juries:</source>
        <translation>Lesões:</translation>
    </message>
    <message>
        <source>Medical c&amp;are:</source>
        <translation>Atendimento médico:</translation>
    </message>
    <message>
        <source>Who was told:</source>
        <translation>A quem foi contado:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation>Data em que aconteceu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This notebook took a while to open on this computer. To make it open faster here, choose Settings, then Change passphrase; you may type the same passphrase again, and the app measures this computer anew.</source>
        <translation>Este caderno demorou um pouco para abrir neste computador. Para que abra mais rápido aqui, escolha Configurações e depois Mudar a frase de acesso; você pode digitar a mesma frase de acesso de novo, e o aplicativo mede este computador outra vez.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>Show the list of entries.</source>
        <translation>Mostra a lista de registros.</translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation>&amp;Padrão</translation>
    </message>
    <message>
        <source>Counts of entries over time: how often, which kinds, when.</source>
        <translation>Contagens de registros ao longo do tempo: com que frequência, de que tipo, quando.</translation>
    </message>
    <message>
        <source>New &amp;incident</source>
        <translation>Novo &amp;incidente</translation>
    </message>
    <message>
        <source>Write down something that happened.</source>
        <translation>Anote algo que aconteceu.</translation>
    </message>
    <message>
        <source>New &amp;message</source>
        <translation>Nova &amp;mensagem</translation>
    </message>
    <message>
        <source>Record a message, call or threat you received.</source>
        <translation>Registre uma mensagem, ligação ou ameaça que você recebeu.</translation>
    </message>
    <message>
        <source>Imp&amp;ort messages…</source>
        <translation>Impor&amp;tar mensagens…</translation>
    </message>
    <message>
        <source>Bring in a chat export: WhatsApp, an SMS backup, Telegram or e-mail.</source>
        <translation>Trazer uma exportação de conversa: WhatsApp, um backup de SMS, Telegram ou e-mail.</translation>
    </message>
    <message>
        <source>E&amp;xport evidence…</source>
        <translation>E&amp;xportar provas…</translation>
    </message>
    <message>
        <source>Make a PDF of chosen entries to give to an advocate or a court.</source>
        <translation>Cria um PDF com os registros escolhidos para entregar a uma pessoa de apoio ou à justiça.</translation>
    </message>
    <message>
        <source>Chec&amp;k a bundle…</source>
        <translation>&amp;Verificar um dossiê…</translation>
    </message>
    <message>
        <source>Check that a PDF made by this app has not been changed.</source>
        <translation>Verifica se um PDF feito por este aplicativo não foi alterado.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>Language, lock time, backups and passphrases.</source>
        <translation>Idioma, tempo de bloqueio, backups e frases de acesso.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Safety advice, and a place for support contacts.</source>
        <translation>Dicas de segurança e um lugar para os seus contatos de apoio.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Close the notebook now; the passphrase opens it again.</source>
        <translation>Fecha o caderno agora; a frase de acesso o abre de novo.</translation>
    </message>
    <message>
        <source>&amp;Quick exit (Esc Esc)</source>
        <translation>Saída &amp;rápida (Esc Esc)</translation>
    </message>
    <message>
        <source>Hide and close the app at once. Nothing saved is lost.</source>
        <translation>Esconde e fecha o aplicativo na hora. Nada do que foi salvo se perde.</translation>
    </message>
    <message>
        <source>More actions that do not fit in the window.</source>
        <translation>Mais ações que não cabem na janela.</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Mais ações</translation>
    </message>
    <message>
        <source>Unsaved writing kept</source>
        <translation>Texto não salvo guardado</translation>
    </message>
    <message>
        <source>What you were writing when the notebook closed was kept, locked inside it. You can continue with it, or discard it.</source>
        <translation>O que você estava escrevendo quando o caderno fechou foi guardado, protegido dentro dele. Você pode continuar ou descartar.</translation>
    </message>
    <message>
        <source>&amp;Continue writing</source>
        <translation>&amp;Continuar escrevendo</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>Continuar escrevendo</translation>
    </message>
    <message>
        <source>Open what you were writing, as it was.</source>
        <translation>Abrir o que você estava escrevendo, como estava.</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Forget what you were writing. Saved entries are not touched.</source>
        <translation>Esquecer o que você estava escrevendo. Os registros salvos não mudam.</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Write down the sender&apos;s number or address, not only the contact name.</source>
        <translation>Anote o número ou o endereço de quem enviou, não só o nome do contato.</translation>
    </message>
    <message>
        <source>Keep the original file or message; do not forward or edit it.</source>
        <translation>Guarde o arquivo ou a mensagem original; não encaminhe nem altere.</translation>
    </message>
    <message>
        <source>Screenshot the whole conversation with the dates and times visible.</source>
        <translation>Tire capturas de tela da conversa inteira, com as datas e horas à vista.</translation>
    </message>
    <message>
        <source>If it was a call or voicemail, note the time and how long it lasted.</source>
        <translation>Se foi uma ligação ou mensagem de voz, anote a hora e quanto tempo durou.</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>Como chegou</translation>
    </message>
    <message>
        <source>The way the message reached you.</source>
        <translation>Por onde a mensagem chegou até você.</translation>
    </message>
    <message>
        <source>Sender exactly as shown</source>
        <translation>Remetente exatamente como aparece</translation>
    </message>
    <message>
        <source>The number, email address or account name exactly as it appears.</source>
        <translation>O número, e-mail ou nome da conta exatamente como aparece.</translation>
    </message>
    <message>
        <source>e.g. +44 7700 900123 or @name</source>
        <translation>por ex. +55 11 90000-0000 ou @nome</translation>
    </message>
    <message>
        <source>When it came</source>
        <translation>Quando chegou</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <source>The words of the message, exactly as sent.</source>
        <translation>As palavras da mensagem, exatamente como foram enviadas.</translation>
    </message>
    <message>
        <source>Copy the words exactly, spelling and all.</source>
        <translation>Copie as palavras exatas, com a mesma ortografia.</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>A few words to find it again.</source>
        <translation>Algumas palavras para achar de novo.</translation>
    </message>
    <message>
        <source>Left empty, the channel and sender are used</source>
        <translation>Se ficar vazio, são usados o meio e o remetente</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <source>&amp;Categories (all that apply):</source>
        <translation>&amp;Categorias (todas as que se aplicam):</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Words to find this again, separated by commas</source>
        <translation>Palavras para achar isto de novo, separadas por vírgulas</translation>
    </message>
    <message>
        <source>&amp;How it came:</source>
        <translation>Como c&amp;hegou:</translation>
    </message>
    <message>
        <source>Se&amp;nder (exactly as shown):</source>
        <translation>Remetente (exatamente &amp;como aparece):</translation>
    </message>
    <message>
        <source>&amp;When it came:</source>
        <translation>&amp;Quando chegou:</translation>
    </message>
    <message>
        <source>&amp;Message text:</source>
        <translation>&amp;Texto da mensagem:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Data de recebimento</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
</context>
<context>
    <name>NotePad</name>
    <message>
        <source>Search notes</source>
        <translation>Pesquisar nas anotações</translation>
    </message>
    <message>
        <source>Show only the notes that contain these words.</source>
        <translation>Mostrar só as anotações que contêm estas palavras.</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nova anotação</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nova anotação</translation>
    </message>
    <message>
        <source>Start a new, empty note (Ctrl+N).</source>
        <translation>Começar uma anotação nova, vazia (Ctrl+N).</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>Your notes, newest first.</source>
        <translation>Suas anotações, as mais recentes primeiro.</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Título da anotação</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto da anotação</translation>
    </message>
    <message>
        <source>Write your note here.</source>
        <translation>Escreva sua anotação aqui.</translation>
    </message>
    <message>
        <source>Notes shown</source>
        <translation>Anotações mostradas</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>&amp;Excluir anotação</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Excluir anotação</translation>
    </message>
    <message>
        <source>Delete the note that is open.</source>
        <translation>Excluir a anotação que está aberta.</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Anotação sem título</translation>
    </message>
    <message>
        <source>No notes yet. Press “New note” to start one.</source>
        <translation>Ainda não há anotações. Clique em “Nova anotação” para começar uma.</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 anotação</translation>
    </message>
    <message>
        <source>{0} notes</source>
        <translation>{0} anotações</translation>
    </message>
    <message>
        <source>No notes match your search.</source>
        <translation>Nenhuma anotação corresponde à pesquisa.</translation>
    </message>
    <message>
        <source>{0} of {1} notes match</source>
        <translation>{0} de {1} anotações correspondem</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Message</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>PastExportsDialog</name>
    <message>
        <source>Past exports</source>
        <translation>Exportações anteriores</translation>
    </message>
    <message>
        <source>Every evidence bundle made from this notebook, oldest first. The next bundle lists them on its cover. Compare a file with its SHA-256 to be sure it is the one that was handed over.</source>
        <translation>Todos os dossiês de provas criados com este caderno, do mais antigo ao mais recente. O próximo dossiê os lista na capa. Compare um arquivo com o seu SHA-256 para ter certeza de que é o que foi entregue.</translation>
    </message>
    <message>
        <source>No evidence bundle has been made from this notebook yet.</source>
        <translation>Ainda não foi criado nenhum dossiê de provas com este caderno.</translation>
    </message>
    <message>
        <source>Export id</source>
        <translation>Identificador da exportação</translation>
    </message>
    <message>
        <source>Made (UTC)</source>
        <translation>Criado (UTC)</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>O que continha</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 do arquivo</translation>
    </message>
</context>
<context>
    <name>PatternPage</name>
    <message>
        <source>Facts only: counts and dates taken from your entries, which anyone can count again from the list. No score, no prediction, no judgement.</source>
        <translation>Somente fatos: contagens e datas tiradas dos seus registros, que qualquer pessoa pode contar de novo a partir da lista. Sem pontuação, sem previsão, sem julgamento.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>The figures of the pattern in words.</source>
        <translation>Os números do padrão em palavras.</translation>
    </message>
    <message>
        <source>Bars per</source>
        <translation>Barras por</translation>
    </message>
    <message>
        <source>Week or month.</source>
        <translation>Semana ou mês.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Count only entries of one kind.</source>
        <translation>Contar só os registros de um tipo.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>E&amp;ntre</translation>
    </message>
    <message>
        <source>Only between dates</source>
        <translation>Só entre datas</translation>
    </message>
    <message>
        <source>Count only entries between the two dates.</source>
        <translation>Contar só os registros entre as duas datas.</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <source>Bars &amp;per:</source>
        <translation>Barras &amp;por:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Ca&amp;tegoria:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <source>A day, as year-month-day.</source>
        <translation>Um dia, como ano-mês-dia.</translation>
    </message>
    <message>
        <source>Entries per week, by category</source>
        <translation>Registros por semana, por categoria</translation>
    </message>
    <message>
        <source>Entries per month, by category</source>
        <translation>Registros por mês, por categoria</translation>
    </message>
    <message>
        <source>Severity recorded, per week</source>
        <translation>Gravidade anotada, por semana</translation>
    </message>
    <message>
        <source>Severity recorded, per month</source>
        <translation>Gravidade anotada, por mês</translation>
    </message>
    <message>
        <source>Messages per day, by sender</source>
        <translation>Mensagens por dia, por remetente</translation>
    </message>
    <message>
        <source>Time of day (entries with a time)</source>
        <translation>Hora do dia (registros com hora)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Dia da semana</translation>
    </message>
    <message>
        <source>Other senders</source>
        <translation>Outros remetentes</translation>
    </message>
    <message>
        <source>No sender written</source>
        <translation>Sem remetente anotado</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>seg</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ter</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>qua</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>qui</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Nothing to count here.</source>
        <translation>Nada para contar aqui.</translation>
    </message>
    <message>
        <source>The chart, or the same figures as a table.</source>
        <translation>O gráfico, ou os mesmos números em uma tabela.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabela</translation>
    </message>
    <message>
        <source>One row per bar, one column per part of the bar, then the total.</source>
        <translation>Uma linha por barra, uma coluna por parte da barra e depois o total.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message numerus="yes">
        <source>Entries counted: %n</source>
        <translation>
            <numerusform>Registros contados: %n</numerusform>
            <numerusform>Registros contados: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>incidents: %n</source>
        <translation>
            <numerusform>incidentes: %n</numerusform>
            <numerusform>incidentes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>messages: %n</source>
        <translation>
            <numerusform>mensagens: %n</numerusform>
            <numerusform>mensagens: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>First entry %1, latest %2.</source>
        <translation>Primeiro registro %1, último %2.</translation>
    </message>
    <message numerus="yes">
        <source>With an approximate date: %n (counted on that date).</source>
        <translation>
            <numerusform>Com data aproximada: %n (contado nessa data).</numerusform>
            <numerusform>Com data aproximada: %n (contados nessa data).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Amended: %n (counted once, as last written).</source>
        <translation>
            <numerusform>Alterados: %n (contado uma vez, conforme a última versão).</numerusform>
            <numerusform>Alterados: %n (contados uma vez, conforme a última versão).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted, not counted: %n.</source>
        <translation>
            <numerusform>Apagados, não contados: %n.</numerusform>
            <numerusform>Apagados, não contados: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>An incident can be in more than one category: it is counted under each of them, so the parts of a bar can add up to more than its total.</source>
        <translation>Um incidente pode estar em mais de uma categoria: ele é contado em cada uma delas, então as partes de uma barra podem somar mais que o total.</translation>
    </message>
    <message numerus="yes">
        <source>Longest time with no entry: %n day(s), %1 to %2.</source>
        <translation>
            <numerusform>Maior período sem nenhum registro: %n dia, de %1 a %2.</numerusform>
            <numerusform>Maior período sem nenhum registro: %n dias, de %1 a %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most recent run of days in a row with entries: %n day(s), %1 to %2</source>
        <translation>
            <numerusform>Sequência mais recente de dias seguidos com registros: %n dia, de %1 a %2</numerusform>
            <numerusform>Sequência mais recente de dias seguidos com registros: %n dias, de %1 a %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n entries).</source>
        <translation>
            <numerusform>(%n registro).</numerusform>
            <numerusform>(%n registros).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PictureBoxes</name>
    <message>
        <source>Pictures in the bundle</source>
        <translation>Imagens do dossiê</translation>
    </message>
    <message>
        <source>Choose a picture, then Black out parts… (or press Enter).</source>
        <translation>Escolha uma imagem e depois Cobrir partes… (ou pressione Enter).</translation>
    </message>
    <message>
        <source>&amp;Black out parts…</source>
        <translation>Co&amp;brir partes…</translation>
    </message>
    <message>
        <source>Black out parts of the chosen picture</source>
        <translation>Cobrir de preto partes da imagem escolhida</translation>
    </message>
    <message>
        <source>Draw black boxes over parts of the picture that must not be seen.</source>
        <translation>Desenhe caixas pretas sobre as partes da imagem que não devem ser vistas.</translation>
    </message>
    <message>
        <source>A black box makes this a copy for the other side, like the choices above: every file in it is a copy with its hidden details removed.</source>
        <translation>Uma caixa preta torna o dossiê uma cópia para a outra parte, como as opções acima: cada arquivo vai como cópia sem os dados ocultos.</translation>
    </message>
    <message>
        <source>(1 black box)</source>
        <translation>(1 caixa preta)</translation>
    </message>
    <message>
        <source>({0} black boxes)</source>
        <translation>({0} caixas pretas)</translation>
    </message>
    <message>
        <source>This picture cannot be shown safely, so no boxes can be drawn on it.</source>
        <translation>Esta imagem não pode ser mostrada com segurança, então não é possível desenhar caixas nela.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Aguarde, por favor</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Everything checks out: {0} versions and {1} files match their records.</source>
        <translation>Está tudo certo: {0} versões e {1} arquivos conferem com os seus registros.</translation>
    </message>
    <message>
        <source>The check found a problem. Nothing was changed.</source>
        <translation>A verificação encontrou um problema. Nada foi alterado.</translation>
    </message>
    <message>
        <source>If you have a backup, you can restore it into a new folder.</source>
        <translation>Se você tiver um backup, pode restaurá-lo numa pasta nova.</translation>
    </message>
    <message>
        <source>All is well: the notebook still holds everything it held on {0} ({1} versions then, {2} added since).</source>
        <translation>Está tudo bem: o caderno ainda guarda tudo o que tinha em {0} ({1} versões na época, {2} adicionadas desde então).</translation>
    </message>
    <message>
        <source>This code belongs to a different notebook, so it cannot be checked here.</source>
        <translation>Este código é de outro caderno, então não pode ser verificado aqui.</translation>
    </message>
    <message>
        <source>This notebook now holds fewer versions ({0}) than on {1} ({2}). It may have been replaced by an older copy. Nothing was changed. Talk to your advocate, and keep your backups.</source>
        <translation>Este caderno agora tem menos versões ({0}) do que em {1} ({2}). Ele pode ter sido trocado por uma cópia mais antiga. Nada foi alterado. Converse com a sua pessoa de apoio e guarde os seus backups.</translation>
    </message>
    <message>
        <source>The history up to {0} no longer matches this code: it was changed or damaged since. Nothing was changed. Talk to your advocate, and keep your backups.</source>
        <translation>O histórico até {0} não confere mais com este código: foi alterado ou danificado desde então. Nada foi alterado. Converse com a sua pessoa de apoio e guarde os seus backups.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Seções das configurações</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Gerais</translation>
    </message>
    <message>
        <source>Backup and checks</source>
        <translation>Backup e verificações</translation>
    </message>
    <message>
        <source>Second passphrase</source>
        <translation>Segunda frase de acesso</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Ponto de controle</translation>
    </message>
    <message>
        <source>Working, please wait</source>
        <translation>Trabalhando, aguarde por favor</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear depois destes minutos sem uso</translation>
    </message>
    <message>
        <source>The notebook locks itself when nobody uses it for this long.</source>
        <translation>O caderno se bloqueia sozinho quando ninguém o usa por este tempo.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the app. It changes the next time the app opens.</source>
        <translation>O idioma do aplicativo. Ele muda na próxima vez que o aplicativo abrir.</translation>
    </message>
    <message>
        <source>Appears as</source>
        <translation>Aparece como</translation>
    </message>
    <message>
        <source>The name and picture the app shows, so it looks ordinary.</source>
        <translation>O nome e a imagem que o aplicativo mostra, para parecer comum.</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Bloquear sem uso após:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Appears as:</source>
        <translation>&amp;Aparece como:</translation>
    </message>
    <message>
        <source>A new language is used the next time you open the app. A bundle can be made in any language: choose it in the Export window.</source>
        <translation>O novo idioma é usado na próxima vez que você abrir o aplicativo. Um dossiê pode ser criado em qualquer idioma: escolha na janela Exportar.</translation>
    </message>
    <message>
        <source>“Appears as” sets the name and picture shown on the window, the taskbar and the first screen. It changes at once. The program file and the folder on the computer keep their plain names (“notebook”).</source>
        <translation>“Aparece como” define o nome e a imagem da janela, da barra de tarefas e da primeira tela. Muda na hora. O arquivo do programa e a pasta no computador mantêm os nomes simples (“notebook”).</translation>
    </message>
    <message>
        <source>Start as a working notes pa&amp;d</source>
        <translation>Abrir como um bloco de anotações que &amp;funciona</translation>
    </message>
    <message>
        <source>Start as a working notes pad</source>
        <translation>Abrir como um bloco de anotações que funciona</translation>
    </message>
    <message>
        <source>The app opens as a simple notes pad under the name above.</source>
        <translation>O aplicativo abre como um simples bloco de anotações, com o nome acima.</translation>
    </message>
    <message>
        <source>When this is on, the app opens as a notes pad that works: notes can be written, changed, deleted and searched, and nothing on it shows that anything else is there. To open this notebook, type your passphrase into the pad&apos;s search box and press Enter; a wrong guess is just a search. Locking, idle time and Quick exit all go back to the pad. Your second passphrase, typed the same way, opens the same pad with the notes you keep in the separate notebook. This notebook&apos;s folder is remembered, so the pad knows where to look.</source>
        <translation>Com esta opção ligada, o aplicativo abre como um bloco de anotações que funciona: dá para escrever, mudar, excluir e pesquisar anotações, e nada nele mostra que existe algo mais. Para abrir este caderno, digite sua frase de acesso na caixa de pesquisa do bloco e pressione Enter; se não for a certa, é só uma pesquisa. Bloquear, o tempo sem uso e a Saída rápida sempre voltam para o bloco. Sua segunda frase de acesso, digitada do mesmo jeito, abre o mesmo bloco com as anotações que você guarda no caderno separado. A pasta deste caderno fica lembrada, para que o bloco saiba onde procurar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pad&apos;s own notes are not locked.&lt;/b&gt; They are kept in a plain file beside the app&apos;s settings, where anyone using this computer can read them. Write nothing private there: they are only there to make the pad look used.</source>
        <translation>&lt;b&gt;As anotações do próprio bloco não ficam protegidas.&lt;/b&gt; Elas ficam num arquivo sem criptografia ao lado das configurações do aplicativo, onde qualquer pessoa que use este computador pode lê-las. Não escreva nada particular ali: elas só servem para o bloco parecer usado.</translation>
    </message>
    <message>
        <source>A backup is one locked file. Keep it somewhere safe, away from this computer: a USB stick you keep hidden, or with someone you trust. It opens with the passphrase you have now.</source>
        <translation>Um backup é um único arquivo trancado. Guarde-o num lugar seguro, longe deste computador: num pen drive escondido, ou com alguém de confiança. Ele abre com a frase de acesso que você tem agora.</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Mudar a &amp;frase de acesso…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this notebook.</source>
        <translation>Escolha uma nova frase de acesso para este caderno.</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>&amp;Salvar um backup…</translation>
    </message>
    <message>
        <source>Save the whole notebook as one locked file.</source>
        <translation>Salva o caderno inteiro num único arquivo trancado.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup into a new folder…</source>
        <translation>&amp;Restaurar um backup numa pasta nova…</translation>
    </message>
    <message>
        <source>Open a backup file into an empty folder. This notebook is not changed.</source>
        <translation>Abre um backup numa pasta vazia. Este caderno não muda.</translation>
    </message>
    <message>
        <source>C&amp;heck the notebook</source>
        <translation>&amp;Verificar o caderno</translation>
    </message>
    <message>
        <source>Check that everything stored still matches its record.</source>
        <translation>Verifica se tudo o que está guardado confere com o seu registro.</translation>
    </message>
    <message>
        <source>You can choose a second passphrase. Typed on the first screen instead of your usual one, it opens a separate notebook that looks just like this one and starts empty. You can fill it with ordinary notes you would not mind anyone seeing.</source>
        <translation>Você pode escolher uma segunda frase de acesso. Digitada na primeira tela no lugar da de sempre, ela abre um caderno separado, igual a este, que começa vazio. Você pode enchê-lo de anotações comuns que não se importaria que alguém visse.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please know its limits.&lt;/b&gt; It does not hide this notebook: someone who knows this app knows a second passphrase can exist, and someone who copies the folder at different times can see which notebook changes. Choosing a second passphrase again empties that separate notebook and starts it afresh. Your usual notebook is never changed by it.</source>
        <translation>&lt;b&gt;Conheça os limites.&lt;/b&gt; Ela não esconde este caderno: quem conhece este aplicativo sabe que pode existir uma segunda frase de acesso, e quem copia a pasta em momentos diferentes pode ver qual caderno muda. Escolher de novo uma segunda frase de acesso esvazia aquele caderno separado e o recomeça. O seu caderno de sempre nunca é alterado por isso.</translation>
    </message>
    <message>
        <source>At least 8 characters, different from yours.</source>
        <translation>Pelo menos 8 caracteres, diferente da sua.</translation>
    </message>
    <message>
        <source>Repeat the second passphrase</source>
        <translation>Repetir a segunda frase de acesso</translation>
    </message>
    <message>
        <source>The same second passphrase again.</source>
        <translation>A mesma segunda frase de acesso de novo.</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>Sua frase de acesso atual</translation>
    </message>
    <message>
        <source>The passphrase you use now, to show it is you.</source>
        <translation>A frase de acesso que você usa agora, para confirmar que é você.</translation>
    </message>
    <message>
        <source>Seco&amp;nd passphrase:</source>
        <translation>Segu&amp;nda frase de acesso:</translation>
    </message>
    <message>
        <source>Repea&amp;t it:</source>
        <translation>Repi&amp;ta:</translation>
    </message>
    <message>
        <source>Your &amp;current passphrase:</source>
        <translation>Sua frase &amp;de acesso atual:</translation>
    </message>
    <message>
        <source>&amp;Use this second passphrase</source>
        <translation>&amp;Usar esta segunda frase de acesso</translation>
    </message>
    <message>
        <source>Set up the second passphrase and its separate, empty notebook.</source>
        <translation>Prepara a segunda frase de acesso e o caderno separado, vazio.</translation>
    </message>
    <message>
        <source>A checkpoint code is one short line that records how much this notebook holds today. Write it down or save the printable page, and give it to an advocate or someone you trust. Later, the code shows whether the notebook still holds everything it held that day — for example, if someone swapped it for an older copy. The code says nothing about what you wrote.</source>
        <translation>Um código de ponto de controle é uma linha curta que registra quanto este caderno guarda hoje. Anote-o ou salve a página para imprimir, e entregue a uma pessoa de apoio ou a alguém de confiança. Depois, o código mostra se o caderno ainda guarda tudo o que tinha naquele dia; por exemplo, se alguém o trocou por uma cópia mais antiga. O código não diz nada sobre o que você escreveu.</translation>
    </message>
    <message>
        <source>Checkpoint code for today</source>
        <translation>Código de ponto de controle de hoje</translation>
    </message>
    <message>
        <source>Write this code down, or copy it, and give it to someone you trust.</source>
        <translation>Anote ou copie este código e entregue a alguém de confiança.</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copy the code. It is cleared when the notebook locks.</source>
        <translation>Copia o código. Ele é apagado quando o caderno se bloqueia.</translation>
    </message>
    <message>
        <source>Today’s code:</source>
        <translation>Código de hoje:</translation>
    </message>
    <message>
        <source>&amp;Save a printable page…</source>
        <translation>Salvar uma página para im&amp;primir…</translation>
    </message>
    <message>
        <source>Save a PDF page with today&apos;s code, to print.</source>
        <translation>Salva uma página PDF com o código de hoje, para imprimir.</translation>
    </message>
    <message>
        <source>A code you kept</source>
        <translation>Um código que você guardou</translation>
    </message>
    <message>
        <source>Type or paste a code you saved earlier, to check the notebook.</source>
        <translation>Digite ou cole um código que você guardou antes, para verificar o caderno.</translation>
    </message>
    <message>
        <source>A code you &amp;kept:</source>
        <translation>Um código que você &amp;guardou:</translation>
    </message>
    <message>
        <source>Ch&amp;eck against this code</source>
        <translation>V&amp;erificar com este código</translation>
    </message>
    <message>
        <source>Check that the notebook still holds everything it held that day.</source>
        <translation>Verifica se o caderno ainda guarda tudo o que tinha naquele dia.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>A frase de acesso foi mudada. Use a nova daqui em diante.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Mudando a frase de acesso…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Salvar um backup</translation>
    </message>
    <message>
        <source>Type your passphrase to seal the backup.</source>
        <translation>Digite a sua frase de acesso para trancar o backup.</translation>
    </message>
    <message>
        <source>The backup was saved to {0}.</source>
        <translation>O backup foi salvo em {0}.</translation>
    </message>
    <message>
        <source>Saving the backup…</source>
        <translation>Salvando o backup…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Escolha um arquivo de backup</translation>
    </message>
    <message>
        <source>Choose an empty folder to restore into</source>
        <translation>Escolha uma pasta vazia para restaurar</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup.</source>
        <translation>Digite a frase de acesso do backup.</translation>
    </message>
    <message>
        <source>The backup was restored into {0}. To use it, lock and choose that folder.</source>
        <translation>O backup foi restaurado em {0}. Para usá-lo, bloqueie e escolha essa pasta.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando o backup…</translation>
    </message>
    <message>
        <source>Checking the notebook…</source>
        <translation>Verificando o caderno…</translation>
    </message>
    <message>
        <source>Please choose a second passphrase of at least {0} characters.</source>
        <translation>Escolha uma segunda frase de acesso de pelo menos {0} caracteres.</translation>
    </message>
    <message>
        <source>The two second passphrases are not the same. Please type again.</source>
        <translation>As duas segundas frases de acesso não são iguais. Digite de novo.</translation>
    </message>
    <message>
        <source>Please type your current passphrase as well.</source>
        <translation>Digite também a sua frase de acesso atual.</translation>
    </message>
    <message>
        <source>The second passphrase must be different from your passphrase.</source>
        <translation>A segunda frase de acesso precisa ser diferente da sua frase de acesso.</translation>
    </message>
    <message>
        <source>The second passphrase is ready. On the first screen it opens a separate, empty notebook. Your usual passphrase still opens this one.</source>
        <translation>A segunda frase de acesso está pronta. Na primeira tela, ela abre um caderno separado, vazio. A sua frase de acesso de sempre continua abrindo este.</translation>
    </message>
    <message>
        <source>Setting up the second passphrase…</source>
        <translation>Preparando a segunda frase de acesso…</translation>
    </message>
    <message>
        <source>The code was copied. It is cleared when the notebook locks.</source>
        <translation>O código foi copiado. Ele é apagado quando o caderno se bloqueia.</translation>
    </message>
    <message>
        <source>Save a printable checkpoint page</source>
        <translation>Salvar a página do ponto de controle para imprimir</translation>
    </message>
    <message>
        <source>The page was saved as {0}. Print it and give it to someone you trust. The file is not locked, but it says nothing about what you wrote.</source>
        <translation>A página foi salva como {0}. Imprima e entregue a alguém de confiança. O arquivo não é trancado, mas não diz nada sobre o que você escreveu.</translation>
    </message>
    <message>
        <source>Saving the checkpoint page…</source>
        <translation>Salvando a página do ponto de controle…</translation>
    </message>
    <message>
        <source>Please type or paste the code you kept.</source>
        <translation>Digite ou cole o código que você guardou.</translation>
    </message>
    <message>
        <source>Checking the notebook against the code…</source>
        <translation>Verificando o caderno com o código…</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>written later</source>
        <translation>escrito depois</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>excluído</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>~ means the date is approximate.</source>
        <translation>~ quer dizer que a data é aproximada.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(excluído)</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Number of entries</source>
        <translation>Número de registros</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open selected entry</source>
        <translation>Abrir o registro escolhido</translation>
    </message>
    <message>
        <source>Show the entry chosen in the list.</source>
        <translation>Mostra o registro escolhido na lista.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search all words in entries</source>
        <translation>Pesquisar todas as palavras nos registros</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Pesquisar…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Pesquisar:</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordem</translation>
    </message>
    <message>
        <source>Which entries come first.</source>
        <translation>Quais registros vêm primeiro.</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Mais antigos primeiro</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Show only entries of one kind.</source>
        <translation>Mostrar só os registros de um tipo.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Show only entries with one tag.</source>
        <translation>Mostrar só os registros com uma etiqueta.</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>E&amp;ntre</translation>
    </message>
    <message>
        <source>Only between dates</source>
        <translation>Só entre datas</translation>
    </message>
    <message>
        <source>Show only entries between the two dates.</source>
        <translation>Mostrar só os registros entre as duas datas.</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>&amp;Ordem:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Ca&amp;tegoria:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <source>Show &amp;deleted entries</source>
        <translation>Mostrar registros e&amp;xcluídos</translation>
    </message>
    <message>
        <source>Show deleted entries</source>
        <translation>Mostrar registros excluídos</translation>
    </message>
    <message>
        <source>Also list deleted entries: their text is gone, their date of deletion stays.</source>
        <translation>Incluir também os registros excluídos: o texto não existe mais, mas a data da exclusão fica.</translation>
    </message>
    <message>
        <source>A day, as year-month-day.</source>
        <translation>Um dia, como ano-mês-dia.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Your entries. Press Enter or double-click to open one.</source>
        <translation>Os seus registros. Aperte Enter ou clique duas vezes para abrir um.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas as etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>Entries in the notebook: %n</source>
        <translation>
            <numerusform>Registros no caderno: %n</numerusform>
            <numerusform>Registros no caderno: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries found: %n</source>
        <translation>
            <numerusform>Registros encontrados: %n</numerusform>
            <numerusform>Registros encontrados: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written here yet. Press New incident (Ctrl+N) to write down something that happened, or New message (Ctrl+M) to keep a message or call exactly as it arrived. Everything stays locked in this notebook.</source>
        <translation>Ainda não há nada escrito aqui. Pressione Novo incidente (Ctrl+N) para anotar algo que aconteceu, ou Nova mensagem (Ctrl+M) para guardar uma mensagem ou ligação exatamente como chegou. Tudo fica trancado neste caderno.</translation>
    </message>
    <message>
        <source>Choose an entry in the list first.</source>
        <translation>Primeiro escolha um registro na lista.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Too short. Several ordinary words together work well.</source>
        <translation>Curta demais. Várias palavras comuns juntas funcionam bem.</translation>
    </message>
    <message>
        <source>Fair. Adding one or two more words makes it much stronger.</source>
        <translation>Razoável. Com mais uma ou duas palavras, fica muito mais forte.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Boa.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <source>Opening, please wait</source>
        <translation>Abrindo, aguarde por favor</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>Escolher outra &amp;pasta…</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Escolher outra pasta</translation>
    </message>
    <message>
        <source>Open or create a notebook in another folder, for example on a USB stick.</source>
        <translation>Abre ou cria um caderno em outra pasta, por exemplo num pen drive.</translation>
    </message>
    <message>
        <source>Re&amp;member this folder</source>
        <translation>&amp;Lembrar desta pasta</translation>
    </message>
    <message>
        <source>Remember this folder</source>
        <translation>Lembrar desta pasta</translation>
    </message>
    <message>
        <source>Open this folder next time without choosing it again.</source>
        <translation>Abre esta pasta da próxima vez sem escolher de novo.</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup file…</source>
        <translation>Restaurar de um arquivo de &amp;backup…</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar de um arquivo de backup</translation>
    </message>
    <message>
        <source>Open a backup file (for example from a USB stick) into an empty folder.</source>
        <translation>Abre um arquivo de backup (por exemplo de um pen drive) numa pasta vazia.</translation>
    </message>
    <message>
        <source>This notebook is in a folder that computers run by a workplace or school may copy to their server when you sign in and out. You can move it to a folder that stays on this computer. Nothing in it changes, and your passphrase stays the same.</source>
        <translation>Este caderno está numa pasta que computadores de um trabalho ou escola podem copiar para o servidor deles ao entrar e sair da sessão. Você pode movê-lo para uma pasta que fica só neste computador. Nada nele muda, e sua frase de acesso continua a mesma.</translation>
    </message>
    <message>
        <source>Mo&amp;ve it to this computer only</source>
        <translation>Mo&amp;ver só para este computador</translation>
    </message>
    <message>
        <source>Move it to this computer only</source>
        <translation>Mover só para este computador</translation>
    </message>
    <message>
        <source>Move the notebook out of the folder that may be copied to a server.</source>
        <translation>Tirar o caderno da pasta que pode ser copiada para um servidor.</translation>
    </message>
    <message>
        <source>The notebook could not be moved (another program may be using it). It is still where it was and opens as before.</source>
        <translation>Não foi possível mover o caderno (outro programa pode estar usando-o). Ele continua onde estava e abre como antes.</translation>
    </message>
    <message>
        <source>The notebook was moved to {0}.</source>
        <translation>O caderno foi movido para {0}.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de acesso</translation>
    </message>
    <message>
        <source>Type the passphrase that opens this notebook.</source>
        <translation>Digite a frase de acesso que abre este caderno.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acesso:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Open the notebook with this passphrase.</source>
        <translation>Abre o caderno com esta frase de acesso.</translation>
    </message>
    <message>
        <source>There is no notebook in this folder yet. Choose a passphrase to create one. A few ordinary words together are easy to remember and hard to guess.</source>
        <translation>Ainda não há nenhum caderno nesta pasta. Escolha uma frase de acesso para criar um. Algumas palavras comuns juntas são fáceis de lembrar e difíceis de adivinhar.</translation>
    </message>
    <message>
        <source>Important: if you forget this passphrase, nobody can open the notebook — not you, not us, not anyone. There is no reset.</source>
        <translation>Importante: se você esquecer esta frase de acesso, ninguém conseguirá abrir o caderno: nem você, nem nós, nem ninguém. Não há como recuperar.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase de acesso</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Escolha uma frase de acesso de pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repetir a frase de acesso</translation>
    </message>
    <message>
        <source>Type the same passphrase again, to be sure.</source>
        <translation>Digite a mesma frase de acesso de novo, para ter certeza.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nova frase de acesso:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repita a frase de acesso:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Força da frase de acesso</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Força:</translation>
    </message>
    <message>
        <source>&amp;Create notebook</source>
        <translation>&amp;Criar o caderno</translation>
    </message>
    <message>
        <source>Create notebook</source>
        <translation>Criar o caderno</translation>
    </message>
    <message>
        <source>Create a new locked notebook in this folder.</source>
        <translation>Cria um caderno novo e trancado nesta pasta.</translation>
    </message>
    <message>
        <source>&amp;Keep it beside this app (USB stick)</source>
        <translation>&amp;Guardar junto a este aplicativo (pen drive)</translation>
    </message>
    <message>
        <source>Keep it beside this app</source>
        <translation>Guardar junto a este aplicativo</translation>
    </message>
    <message>
        <source>Create the notebook in a folder next to this program, so it travels with it on a USB stick and nothing stays on this computer&apos;s own folders.</source>
        <translation>Criar o caderno em uma pasta ao lado deste programa, para que ele vá junto no pen drive e nada fique nas pastas deste computador.</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Pasta: {0}</translation>
    </message>
    <message>
        <source>Choose a folder for the notebook</source>
        <translation>Escolha uma pasta para o caderno</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Digite a sua frase de acesso.</translation>
    </message>
    <message>
        <source>Please choose a passphrase of at least {0} characters.</source>
        <translation>Escolha uma frase de acesso de pelo menos {0} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>As duas frases de acesso não são iguais. Digite de novo.</translation>
    </message>
    <message>
        <source>Opening… this takes a moment.</source>
        <translation>Abrindo… leva um momento.</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Escolha o arquivo de backup</translation>
    </message>
    <message>
        <source>Choose an empty folder for the restored notebook</source>
        <translation>Escolha uma pasta vazia para o caderno restaurado</translation>
    </message>
    <message>
        <source>The folder {0} is not empty. Please choose an empty folder (or make a new one), so nothing in it is overwritten.</source>
        <translation>A pasta {0} não está vazia. Escolha uma pasta vazia (ou crie uma nova), para que nada nela seja substituído.</translation>
    </message>
    <message>
        <source>Type the passphrase the backup was made with.</source>
        <translation>Digite a frase de acesso com que o backup foi feito.</translation>
    </message>
    <message>
        <source>Restoring the backup… this takes a moment.</source>
        <translation>Restaurando o backup… leva um momento.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando o backup…</translation>
    </message>
    <message>
        <source>The backup was restored into {0}. {1}</source>
        <translation>O backup foi restaurado em {0}. {1}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a bundle</source>
        <translation>Verificar um dossiê</translation>
    </message>
    <message>
        <source>Checks that the files and entries in an evidence bundle are exactly as they were when it was made.</source>
        <translation>Verifica se os arquivos e os registros de um dossiê de provas estão exatamente como quando ele foi criado.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Nenhum arquivo escolhido.</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Arquivo do dossiê</translation>
    </message>
    <message>
        <source>&amp;Choose the PDF…</source>
        <translation>&amp;Escolher o PDF…</translation>
    </message>
    <message>
        <source>Choose the PDF</source>
        <translation>Escolher o PDF</translation>
    </message>
    <message>
        <source>Pick the bundle file to check.</source>
        <translation>Escolha o arquivo do dossiê que quer verificar.</translation>
    </message>
    <message>
        <source>PDF password, if it has one</source>
        <translation>Senha do PDF, se tiver</translation>
    </message>
    <message>
        <source>Leave it empty if the bundle has no password.</source>
        <translation>Deixe vazio se o dossiê não tiver senha.</translation>
    </message>
    <message>
        <source>Password (if any):</source>
        <translation>Senha (se houver):</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultado da verificação</translation>
    </message>
    <message>
        <source>What the check found, in plain words.</source>
        <translation>O que a verificação encontrou, em palavras simples.</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Choose the bundle</source>
        <translation>Escolha o dossiê</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Verificando o dossiê…</translation>
    </message>
    <message>
        <source>This bundle has a password. Type it above, then check again.</source>
        <translation>Este dossiê tem senha. Digite-a acima e verifique de novo.</translation>
    </message>
    <message>
        <source>That password does not open this bundle.</source>
        <translation>Essa senha não abre este dossiê.</translation>
    </message>
    <message>
        <source>Does not match: {0}</source>
        <translation>Não confere: {0}</translation>
    </message>
    <message>
        <source>Export {0}, made {1}: {2} entries, {3} exhibits.</source>
        <translation>Exportação {0}, criada {1}: {2} registros, {3} anexos.</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {0}</source>
        <translation>Impressão digital da chave de assinatura: {0}</translation>
    </message>
</context>
<context>
    <name>VersionView</name>
    <message>
        <source>message text</source>
        <translation>texto da mensagem</translation>
    </message>
    <message>
        <source>files</source>
        <translation>arquivos</translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation>(horário desconhecido)</translation>
    </message>
    <message>
        <source>(approximately)</source>
        <translation>(aproximadamente)</translation>
    </message>
    <message>
        <source>Bac&amp;k to the current version</source>
        <translation>Voltar à versão at&amp;ual</translation>
    </message>
    <message>
        <source>Back to the current version</source>
        <translation>Voltar à versão atual</translation>
    </message>
    <message>
        <source>Stop reading this version and show the entry as it is now.</source>
        <translation>Parar de ler esta versão e mostrar o registro como está agora.</translation>
    </message>
    <message>
        <source>Content erased</source>
        <translation>Conteúdo apagado</translation>
    </message>
    <message>
        <source>Version {0} of {1} — recorded {2}</source>
        <translation>Versão {0} de {1} — registrada {2}</translation>
    </message>
    <message>
        <source>(the latest)</source>
        <translation>(a mais recente)</translation>
    </message>
    <message>
        <source>Read-only: the entry as it was saved in this version. It cannot be changed.</source>
        <translation>Somente leitura: o registro como foi salvo nesta versão. Não pode ser alterado.</translation>
    </message>
    <message>
        <source>Fields marked &quot;Changed&quot; differ from version {0}.</source>
        <translation>Os campos marcados “Alterado” diferem da versão {0}.</translation>
    </message>
    <message>
        <source>This is the first version.</source>
        <translation>Esta é a primeira versão.</translation>
    </message>
    <message>
        <source>The entry was deleted in this version. Its text and files were erased; only this dated marker stays.</source>
        <translation>O registro foi excluído nesta versão. O texto e os arquivos foram apagados; só fica esta marca datada.</translation>
    </message>
    <message>
        <source>The content of this version was erased when the entry was deleted on {0}. The history keeps when it was recorded, not its words.</source>
        <translation>O conteúdo desta versão foi apagado quando o registro foi excluído em {0}. O histórico guarda quando foi registrado, não as palavras.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>{0}, changed</source>
        <translation>{0}, alterado</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>a cloud storage service</source>
        <translation>um serviço de armazenamento na nuvem</translation>
    </message>
    <message>
        <source>This folder is copied to the internet</source>
        <translation>Esta pasta é copiada para a internet</translation>
    </message>
    <message>
        <source>This place is inside {0} ({1}). It copies what is saved there to the internet, and keeps earlier versions of it.</source>
        <translation>Este lugar fica dentro de {0} ({1}). Ele copia para a internet o que é salvo ali e guarda versões anteriores.</translation>
    </message>
    <message>
        <source>If the bundle has no password, anyone who can get into that account can read it. Even with a password, a copy stays there, and deleting it here may not delete it there.</source>
        <translation>Se o pacote não tiver senha, qualquer pessoa que consiga entrar nessa conta pode lê-lo. Mesmo com senha, uma cópia fica lá, e apagá-lo aqui pode não apagá-lo lá.</translation>
    </message>
    <message>
        <source>The backup stays locked with your passphrase, but a copy would be kept in that account, where anyone who gets into it can see that it exists and try to guess the passphrase. A USB stick is safer.</source>
        <translation>O backup continua trancado com sua frase de acesso, mas uma cópia ficaria nessa conta, onde qualquer pessoa que entre nela pode ver que ele existe e tentar adivinhar a frase de acesso. Um pendrive é mais seguro.</translation>
    </message>
    <message>
        <source>The notebook stays locked with your passphrase, but copies of it would be kept in that account, where anyone who gets into it can see that it exists and try to guess the passphrase. A folder on this computer only, or a USB stick, is safer.</source>
        <translation>O caderno continua trancado com sua frase de acesso, mas cópias dele ficariam nessa conta, onde qualquer pessoa que entre nela pode ver que ele existe e tentar adivinhar a frase de acesso. Uma pasta só neste computador, ou um pendrive, é mais seguro.</translation>
    </message>
    <message>
        <source>&amp;Use this place anyway</source>
        <translation>&amp;Usar este lugar mesmo assim</translation>
    </message>
    <message>
        <source>&amp;Choose another place</source>
        <translation>&amp;Escolher outro lugar</translation>
    </message>
    <message>
        <source>Save here even though it is synced.</source>
        <translation>Salvar aqui mesmo sendo sincronizado.</translation>
    </message>
    <message>
        <source>Pick a place that is not synced.</source>
        <translation>Escolher um lugar que não seja sincronizado.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Excluir este registro?</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>Excluir “{0}”?</translation>
    </message>
    <message>
        <source>The text and the files of this entry will be erased from the notebook.

A dated marker stays in the history, showing that an entry was deleted and when, so the record stays honest.

This cannot be undone.</source>
        <translation>O texto e os arquivos deste registro serão apagados do caderno.

Uma marca com a data fica no histórico, mostrando que um registro foi excluído e quando, para que o registro continue fiel.

Não é possível desfazer.</translation>
    </message>
    <message>
        <source>&amp;Delete the entry</source>
        <translation>&amp;Excluir o registro</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <source>Erase this entry. This cannot be undone.</source>
        <translation>Apaga este registro. Não é possível desfazer.</translation>
    </message>
    <message>
        <source>Do not delete anything.</source>
        <translation>Não exclui nada.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>You have changes in this entry that are not saved yet.</source>
        <translation>Há alterações neste registro que ainda não foram salvas.</translation>
    </message>
    <message>
        <source>Do you want to save them before you leave it?</source>
        <translation>Quer salvá-las antes de sair?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Leave without saving</source>
        <translation>S&amp;air sem salvar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuar editando</translation>
    </message>
    <message>
        <source>Save the changes, then go on.</source>
        <translation>Salva as alterações e continua.</translation>
    </message>
    <message>
        <source>Go on and lose the changes.</source>
        <translation>Continua e perde as alterações.</translation>
    </message>
    <message>
        <source>Stay in this entry.</source>
        <translation>Fica neste registro.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Mudar a frase de acesso</translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice.</source>
        <translation>Digite a sua frase de acesso atual e depois a nova duas vezes.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de acesso &amp;atual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nova frase de acesso:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acesso:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Repita a nova frase de acesso:</translation>
    </message>
    <message>
        <source>What you type is hidden unless you choose to show it.</source>
        <translation>O que você digita fica oculto, a menos que escolha mostrá-lo.</translation>
    </message>
    <message>
        <source>Please type a passphrase.</source>
        <translation>Digite uma frase de acesso.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>As duas novas frases de acesso não são iguais.</translation>
    </message>
    <message>
        <source>Transcript of {0}</source>
        <translation>Transcrição de {0}</translation>
    </message>
    <message>
        <source>Type what is said in the recording, as closely as you can. It is kept with the entry when you save, and printed beside the recording in an evidence bundle. Leave it empty to remove it.</source>
        <translation>Digite o que é dito na gravação, o mais fielmente que puder. Ela é mantida com o registro quando você salvar e impressa ao lado da gravação em um dossiê de provas. Deixe vazia para removê-la.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <source>What is said in the recording, in your own typing.</source>
        <translation>O que é dito na gravação, digitado por você.</translation>
    </message>
</context>
<context>
    <name>disguise</name>
    <message>
        <source>Notebook</source>
        <translation>Caderno</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Receitas</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Lista de leitura</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>That passphrase did not open the notebook. Nothing was changed. Please try again.</source>
        <translation>Essa frase de acesso não abriu o caderno. Nada foi alterado. Tente de novo.</translation>
    </message>
    <message>
        <source>The notebook is already open in another window. Close that window first.</source>
        <translation>O caderno já está aberto em outra janela. Feche essa janela primeiro.</translation>
    </message>
    <message>
        <source>The notebook file looks damaged, so it was not opened. Nothing was changed. You can restore it from a backup.</source>
        <translation>O arquivo do caderno parece danificado, por isso não foi aberto. Nada foi alterado. Você pode restaurá-lo de um backup.</translation>
    </message>
    <message>
        <source>There is no notebook in that folder yet. You can create one there.</source>
        <translation>Ainda não há nenhum caderno nessa pasta. Você pode criar um ali.</translation>
    </message>
    <message>
        <source>That folder already holds a notebook. Choose an empty folder.</source>
        <translation>Essa pasta já tem um caderno. Escolha uma pasta vazia.</translation>
    </message>
    <message>
        <source>This folder cannot be written to. Choose a folder you can save in.</source>
        <translation>Não é possível salvar nesta pasta. Escolha uma pasta onde você possa salvar.</translation>
    </message>
    <message>
        <source>The notebook is locked. Unlock it to continue.</source>
        <translation>O caderno está bloqueado. Desbloqueie para continuar.</translation>
    </message>
    <message>
        <source>The notebook&apos;s settings file is damaged. Nothing was changed.</source>
        <translation>O arquivo de configurações do caderno está danificado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Nothing was lost. Free some space.</source>
        <translation>O disco está cheio, então isto não foi salvo. Nada se perdeu. Libere um pouco de espaço.</translation>
    </message>
    <message>
        <source>A check found that something stored does not match its record.</source>
        <translation>Uma verificação encontrou algo guardado que não confere com o seu registro.</translation>
    </message>
    <message>
        <source>That entry could not be found. It may have been deleted.</source>
        <translation>Esse registro não foi encontrado. Talvez tenha sido excluído.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>This notebook was made by a newer version of the app. Please update the app.</source>
        <translation>Este caderno foi criado por uma versão mais nova do aplicativo. Atualize o aplicativo.</translation>
    </message>
    <message>
        <source>Something in the form needs checking.</source>
        <translation>Há algo no formulário para revisar.</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs and try again.</source>
        <translation>O computador ficou sem memória. Feche outros programas e tente de novo.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Check the folder and try again.</source>
        <translation>Não foi possível ler ou gravar um arquivo. Confira a pasta e tente de novo.</translation>
    </message>
    <message>
        <source>Something went wrong and it was not finished. Nothing was lost. Please try again.</source>
        <translation>Algo deu errado e não foi concluído. Nada se perdeu. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Physical</source>
        <translation>Física</translation>
    </message>
    <message>
        <source>Sexual</source>
        <translation>Sexual</translation>
    </message>
    <message>
        <source>Emotional / psychological</source>
        <translation>Emocional / psicológica</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Ameaças</translation>
    </message>
    <message>
        <source>Stalking / harassment</source>
        <translation>Perseguição / assédio</translation>
    </message>
    <message>
        <source>Financial / economic</source>
        <translation>Financeira / econômica</translation>
    </message>
    <message>
        <source>Digital / online</source>
        <translation>Digital / na internet</translation>
    </message>
    <message>
        <source>Immigration-status threats</source>
        <translation>Ameaças sobre a situação migratória</translation>
    </message>
    <message>
        <source>Child-related</source>
        <translation>Relacionada a filhos ou filhas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outra</translation>
    </message>
    <message>
        <source>SMS / text message</source>
        <translation>SMS / mensagem de texto</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Ligação telefônica</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Pessoalmente</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <source>Letter / note</source>
        <translation>Carta / bilhete</translation>
    </message>
    <message>
        <source>1 (least)</source>
        <translation>1 (o mínimo)</translation>
    </message>
    <message>
        <source>5 (most)</source>
        <translation>5 (o máximo)</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Show the passphrase</source>
        <translation>Mostrar a frase de acesso</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Ocultar a frase de acesso</translation>
    </message>
    <message>
        <source>Close this window.</source>
        <translation>Fecha esta janela.</translation>
    </message>
    <message>
        <source>Go ahead with what this window is for.</source>
        <translation>Faz o que esta janela propõe.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>Tomada:</translation>
    </message>
    <message>
        <source>Computed when you save.</source>
        <translation>Se calcula al guardar.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>Huella SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation>&amp;Copiar la huella</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copiar la huella SHA-256</translation>
    </message>
    <message>
        <source>Copy the file&apos;s fingerprint, to compare it elsewhere.</source>
        <translation>Copia la huella del archivo, para compararla en otro lugar.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>File text</source>
        <translation>Texto del archivo</translation>
    </message>
    <message>
        <source>The text inside the file, read-only.</source>
        <translation>El texto del archivo, solo para leer.</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here. It is kept unchanged in the notebook.</source>
        <translation>Este tipo de archivo no se puede mostrar aquí. Se guarda sin cambios en el cuaderno.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>will be added when you save</source>
        <translation>se añadirá al guardar</translation>
    </message>
    <message>
        <source>Transcript typed</source>
        <translation>Transcripción escrita</translation>
    </message>
    <message>
        <source>No transcript yet</source>
        <translation>Sin transcripción todavía</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Drop files here, paste a screenshot with Ctrl+V, or add files.</source>
        <translation>Suelte aquí archivos, pegue una captura con Ctrl+V o añada archivos.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Añadir arc&amp;hivos…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>Choose files or pictures to keep with this entry.</source>
        <translation>Elija archivos o imágenes para guardarlos con esta entrada.</translation>
    </message>
    <message>
        <source>Past&amp;e screenshot</source>
        <translation>P&amp;egar captura</translation>
    </message>
    <message>
        <source>Paste screenshot (Ctrl+V)</source>
        <translation>Pegar captura (Ctrl+V)</translation>
    </message>
    <message>
        <source>Add the picture you copied or the screenshot you took.</source>
        <translation>Añade la imagen que copió o la captura que hizo.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>View selected file</source>
        <translation>Mostrar el archivo elegido</translation>
    </message>
    <message>
        <source>Look at the chosen file and its fingerprint.</source>
        <translation>Muestra el archivo elegido y su huella.</translation>
    </message>
    <message>
        <source>Remove f&amp;ile</source>
        <translation>Quitar a&amp;rchivo</translation>
    </message>
    <message>
        <source>Remove selected file</source>
        <translation>Quitar el archivo elegido</translation>
    </message>
    <message>
        <source>Take the chosen file off this entry when you save.</source>
        <translation>Quita el archivo elegido de esta entrada al guardar.</translation>
    </message>
    <message>
        <source>T&amp;ype transcript…</source>
        <translation>Escribir &amp;transcripción…</translation>
    </message>
    <message>
        <source>Transcript of the chosen recording</source>
        <translation>Transcripción de la grabación elegida</translation>
    </message>
    <message>
        <source>Type what is said in the chosen sound or video file; it is printed beside it in an evidence bundle.</source>
        <translation>Escriba lo que se dice en el archivo de sonido o vídeo elegido; se imprime junto a él en un expediente de pruebas.</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>Elija los archivos que quiere adjuntar</translation>
    </message>
    <message>
        <source>Screenshot added. It is saved when you press Save.</source>
        <translation>Captura añadida. Se guarda cuando pulse Guardar.</translation>
    </message>
    <message>
        <source>“{0}” is already in the list.</source>
        <translation>«{0}» ya está en la lista.</translation>
    </message>
    <message>
        <source>“{0}” is the same file as “{1}” (SHA-256 {2}…).</source>
        <translation>«{0}» es el mismo archivo que «{1}» (SHA-256 {2}…).</translation>
    </message>
    <message>
        <source>Already attached, so not added again:</source>
        <translation>Ya estaba adjunto, así que no se añadió otra vez:</translation>
    </message>
    <message>
        <source>There is no picture on the clipboard to paste.</source>
        <translation>No hay ninguna imagen copiada para pegar.</translation>
    </message>
    <message>
        <source>The file will be taken off this entry when you save. Earlier versions keep it.</source>
        <translation>El archivo se quitará de esta entrada al guardar. Las versiones anteriores lo conservan.</translation>
    </message>
    <message>
        <source>Choose a sound or video file in the list first.</source>
        <translation>Primero elija un archivo de sonido o vídeo en la lista.</translation>
    </message>
    <message>
        <source>Reading “{0}”…</source>
        <translation>Leyendo «{0}»…</translation>
    </message>
    <message>
        <source>Transcript kept. It is saved with the entry when you press Save.</source>
        <translation>Transcripción guardada aquí. Se guarda con la entrada cuando pulse Guardar.</translation>
    </message>
    <message>
        <source>Choose a file in the list first.</source>
        <translation>Primero elija un archivo de la lista.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message numerus="yes">
        <source>%n bar(s); the table tab lists every figure.</source>
        <translation>
            <numerusform>%n barra; la pestaña Tabla da todas las cifras.</numerusform>
            <numerusform>%n barras; la pestaña Tabla da todas las cifras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys choose a bar; Enter shows its entries.</source>
        <translation>Las flechas eligen una barra; Intro muestra sus entradas.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries</source>
        <translation>
            <numerusform>%1: %n entrada</numerusform>
            <numerusform>%1: %n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoxCanvas</name>
    <message>
        <source>The picture</source>
        <translation>La imagen</translation>
    </message>
    <message>
        <source>Drag over a part of the picture to black it out.</source>
        <translation>Arrastre sobre una parte de la imagen para taparla en negro.</translation>
    </message>
</context>
<context>
    <name>BoxEditor</name>
    <message>
        <source>Black out parts of {0}</source>
        <translation>Tapar en negro partes de {0}</translation>
    </message>
    <message>
        <source>Drag over what must not be seen: a face, a street sign, a phone number. In the bundle those parts are removed from the picture itself, not just covered. The picture in your notebook does not change.</source>
        <translation>Arrastre sobre lo que no se debe ver: una cara, el nombre de una calle, un número de teléfono. En el expediente esas partes se eliminan de la propia imagen, no solo se cubren. La imagen de su cuaderno no cambia.</translation>
    </message>
    <message>
        <source>Number of black boxes</source>
        <translation>Número de recuadros negros</translation>
    </message>
    <message>
        <source>&amp;Remove the last box</source>
        <translation>&amp;Quitar el último recuadro</translation>
    </message>
    <message>
        <source>Remove the last box</source>
        <translation>Quitar el último recuadro</translation>
    </message>
    <message>
        <source>Takes away the box drawn last (Backspace or Ctrl+Z).</source>
        <translation>Quita el último recuadro dibujado (tecla de retroceso o Ctrl+Z).</translation>
    </message>
    <message>
        <source>Remove &amp;all boxes</source>
        <translation>Quitar &amp;todos los recuadros</translation>
    </message>
    <message>
        <source>Remove all boxes</source>
        <translation>Quitar todos los recuadros</translation>
    </message>
    <message>
        <source>Takes away every box on this picture.</source>
        <translation>Quita todos los recuadros de esta imagen.</translation>
    </message>
    <message>
        <source>Boxes are not saved in the notebook: they are used for this bundle.</source>
        <translation>Los recuadros no se guardan en el cuaderno: sirven solo para este expediente.</translation>
    </message>
    <message>
        <source>&amp;Use these boxes</source>
        <translation>&amp;Usar estos recuadros</translation>
    </message>
    <message>
        <source>No boxes yet.</source>
        <translation>Todavía no hay recuadros.</translation>
    </message>
    <message>
        <source>1 box.</source>
        <translation>1 recuadro.</translation>
    </message>
    <message>
        <source>{0} boxes.</source>
        <translation>{0} recuadros.</translation>
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
        <translation>fecha y hora</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>categorías</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>qué pasó</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>people involved</source>
        <translation>personas implicadas</translation>
    </message>
    <message>
        <source>witnesses</source>
        <translation>testigos</translation>
    </message>
    <message>
        <source>injuries</source>
        <translation>lesiones</translation>
    </message>
    <message>
        <source>medical care</source>
        <translation>atención médica</translation>
    </message>
    <message>
        <source>who was told</source>
        <translation>a quién se le contó</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>remitente</translation>
    </message>
    <message>
        <source>transcripts of recordings</source>
        <translation>transcripciones de grabaciones</translation>
    </message>
    <message>
        <source>{0}: date</source>
        <translation>{0}: fecha</translation>
    </message>
    <message>
        <source>The day, as year-month-day.</source>
        <translation>El día, como año-mes-día.</translation>
    </message>
    <message>
        <source>{0}: time</source>
        <translation>{0}: hora</translation>
    </message>
    <message>
        <source>The time, as hours and minutes (24-hour clock).</source>
        <translation>La hora, en horas y minutos (reloj de 24 horas).</translation>
    </message>
    <message>
        <source>Time &amp;unknown</source>
        <translation>Hora &amp;desconocida</translation>
    </message>
    <message>
        <source>Time unknown</source>
        <translation>Hora desconocida</translation>
    </message>
    <message>
        <source>Tick this if you do not know the time.</source>
        <translation>Márquelo si no sabe la hora.</translation>
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
        <translation>Márquelo si no está segura de la fecha o la hora exactas.</translation>
    </message>
    <message>
        <source>Tick all that apply: every kind of abuse this entry is about. Space ticks the chosen line.</source>
        <translation>Marque todas las que correspondan: cada tipo de maltrato del que trata esta entrada. La barra espaciadora marca la línea elegida.</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>A quién se le contó</translation>
    </message>
    <message>
        <source>People or services you told, and any reference number they gave.</source>
        <translation>Personas o servicios a los que se lo contó, y el número de referencia que le dieron.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>Add a pe&amp;rson</source>
        <translation>&amp;Añadir una persona</translation>
    </message>
    <message>
        <source>Add someone who was told</source>
        <translation>Añadir a alguien a quien se lo contó</translation>
    </message>
    <message>
        <source>Add a row to the table.</source>
        <translation>Añade una fila a la tabla.</translation>
    </message>
    <message>
        <source>Re&amp;move person</source>
        <translation>Quitar perso&amp;na</translation>
    </message>
    <message>
        <source>Remove selected row</source>
        <translation>Quitar la fila elegida</translation>
    </message>
    <message>
        <source>Take the selected row out of the table.</source>
        <translation>Quita de la tabla la fila elegida.</translation>
    </message>
    <message>
        <source>deleted; the text was erased</source>
        <translation>borrada; el texto se eliminó</translation>
    </message>
    <message>
        <source>first written</source>
        <translation>primera versión</translation>
    </message>
    <message>
        <source>content erased</source>
        <translation>contenido eliminado</translation>
    </message>
    <message>
        <source>files added</source>
        <translation>archivos añadidos</translation>
    </message>
    <message>
        <source>files removed</source>
        <translation>archivos quitados</translation>
    </message>
    <message>
        <source>changed: {0}</source>
        <translation>cambios: {0}</translation>
    </message>
    <message>
        <source>no visible change</source>
        <translation>ningún cambio visible</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every saved version stays. Recorded times are set by the app. Click a version, or press Enter on it, to read it.</source>
        <translation>Todas las versiones guardadas se conservan. La aplicación fija las horas de registro. Haga clic en una versión, o pulse Intro sobre ella, para leerla.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Todavía no se ha guardado.</translation>
    </message>
    <message>
        <source>Version {0} — recorded {1} — {2}</source>
        <translation>Versión {0} — registrada {1} — {2}</translation>
    </message>
    <message>
        <source>Written more than a week after it happened.</source>
        <translation>Escrita más de una semana después de lo que pasó.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Files and screenshots</source>
        <translation>Archivos y capturas</translation>
    </message>
    <message>
        <source>History (read-only)</source>
        <translation>Historial (solo lectura)</translation>
    </message>
    <message>
        <source>Each save adds a version. Earlier versions are kept.</source>
        <translation>Cada vez que guarda se añade una versión. Las anteriores se conservan.</translation>
    </message>
    <message>
        <source>Deleted entry</source>
        <translation>Entrada borrada</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Record this entry. Earlier versions are kept.</source>
        <translation>Guarda esta entrada. Las versiones anteriores se conservan.</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Leave this entry and show the list.</source>
        <translation>Sale de esta entrada y muestra la lista.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Borrar esta entrada</translation>
    </message>
    <message>
        <source>Erase this entry&apos;s text and files. A dated marker stays in the history.</source>
        <translation>Elimina el texto y los archivos de esta entrada. En el historial queda una marca con la fecha.</translation>
    </message>
    <message>
        <source>{0} — reading version {1} (read-only)</source>
        <translation>{0} — leyendo la versión {1} (solo lectura)</translation>
    </message>
    <message>
        <source>{0} — unsaved changes</source>
        <translation>{0} — cambios sin guardar</translation>
    </message>
    <message>
        <source>This entry was deleted. Its history is kept.</source>
        <translation>Esta entrada se borró. Su historial se conserva.</translation>
    </message>
    <message>
        <source>Recorded: {0}
Deleted: {1}

The content was erased when the entry was deleted. A dated marker stays in the history.</source>
        <translation>Registrada: {0}
Borrada: {1}

El contenido se borró al borrar la entrada. Una marca con fecha queda en el historial.</translation>
    </message>
    <message>
        <source>Go back to the current version to save: earlier versions stay as they are.</source>
        <translation>Vuelva a la versión actual para guardar: las versiones anteriores quedan como están.</translation>
    </message>
    <message>
        <source>Choose at least one category before saving: tick each kind of abuse this entry is about.</source>
        <translation>Elija al menos una categoría antes de guardar: marque cada tipo de maltrato del que trata esta entrada.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saving the files…</source>
        <translation>Guardando los archivos…</translation>
    </message>
    <message>
        <source>Saved. Version {0} is recorded.</source>
        <translation>Guardado. La versión {0} queda registrada.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <source>Deleted. The text and files were erased; a dated marker stays in the history.</source>
        <translation>Borrada. El texto y los archivos se eliminaron; en el historial queda una marca con la fecha.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Make an evidence bundle</source>
        <translation>Crear un expediente de pruebas</translation>
    </message>
    <message>
        <source>Choose what to put in the bundle. It is a PDF you can give to an advocate, a solicitor or the police. It is saved only where you choose and is never opened automatically.</source>
        <translation>Elija qué incluir en el expediente. Es un PDF que puede dar a una persona de apoyo, a su abogada o abogado, o a la policía. Solo se guarda donde usted elija y nunca se abre solo.</translation>
    </message>
    <message>
        <source>What the bundle will contain</source>
        <translation>Qué tendrá el expediente</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Past e&amp;xports…</source>
        <translation>E&amp;xportaciones anteriores…</translation>
    </message>
    <message>
        <source>Which entries</source>
        <translation>Qué entradas</translation>
    </message>
    <message>
        <source>Only between these dates</source>
        <translation>Solo entre estas fechas</translation>
    </message>
    <message>
        <source>Leave it unticked to include entries of every date.</source>
        <translation>Déjelo sin marcar para incluir entradas de todas las fechas.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>The first day to include.</source>
        <translation>El primer día que se incluye.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>The last day to include.</source>
        <translation>El último día que se incluye.</translation>
    </message>
    <message>
        <source>Categories (none ticked: all)</source>
        <translation>Categorías (ninguna marcada: todas)</translation>
    </message>
    <message>
        <source>Tick the kinds of entries to include. None ticked includes all.</source>
        <translation>Marque los tipos de entradas que quiere incluir. Si no marca ninguno, se incluyen todos.</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categorías:</translation>
    </message>
    <message>
        <source>Tags, separated by commas (all must match)</source>
        <translation>Etiquetas, separadas por comas (deben estar todas)</translation>
    </message>
    <message>
        <source>Only entries with every one of these tags.</source>
        <translation>Solo las entradas que tengan todas estas etiquetas.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Only these entries (none ticked: all)</source>
        <translation>Solo estas entradas (ninguna marcada: todas)</translation>
    </message>
    <message>
        <source>Tick single entries to include only those.</source>
        <translation>Marque entradas sueltas para incluir solo esas.</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Entradas:</translation>
    </message>
    <message>
        <source>Include earlier versions of amended entries</source>
        <translation>Incluir las versiones anteriores de las entradas modificadas</translation>
    </message>
    <message>
        <source>Shows what was changed in an entry, and when.</source>
        <translation>Muestra qué se cambió en una entrada, y cuándo.</translation>
    </message>
    <message>
        <source>Add a pattern summary after the chronology</source>
        <translation>Añadir un resumen del patrón después de la cronología</translation>
    </message>
    <message>
        <source>Counts per month and category, with charts and tables: facts only.</source>
        <translation>Recuentos por mes y categoría, con gráficos y tablas: solo hechos.</translation>
    </message>
    <message>
        <source>Show imported messages also as a conversation</source>
        <translation>Mostrar también los mensajes importados como conversación</translation>
    </message>
    <message>
        <source>A transcript of each imported chat, in the style of the chat, with each message&apos;s entry number. Only drawn when imported messages are chosen.</source>
        <translation>Una transcripción de cada chat importado, con el aspecto del chat y el número de entrada de cada mensaje. Solo aparece si se eligen mensajes importados.</translation>
    </message>
    <message>
        <source>Leave out (for a copy that may reach the other person)</source>
        <translation>Omitir (para una copia que puede llegar a la otra persona)</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Leave out locations</source>
        <translation>Omitir los lugares</translation>
    </message>
    <message>
        <source>The place fields are left out of the bundle.</source>
        <translation>Los campos de lugar no se incluyen en el expediente.</translation>
    </message>
    <message>
        <source>Names of people involved, witnesses and people told</source>
        <translation>Nombres de personas implicadas, testigos y personas a quienes se contó</translation>
    </message>
    <message>
        <source>Leave out names</source>
        <translation>Omitir los nombres</translation>
    </message>
    <message>
        <source>The name fields are left out of the bundle.</source>
        <translation>Los campos de nombres no se incluyen en el expediente.</translation>
    </message>
    <message>
        <source>Files to leave out</source>
        <translation>Archivos que se omiten</translation>
    </message>
    <message>
        <source>Tick files that must not be in the bundle.</source>
        <translation>Marque los archivos que no deben ir en el expediente.</translation>
    </message>
    <message>
        <source>Files to leave out:</source>
        <translation>Archivos que se omiten:</translation>
    </message>
    <message>
        <source>Black boxes:</source>
        <translation>Recuadros negros:</translation>
    </message>
    <message>
        <source>The bundle says what was left out. Names or places written in the text itself are not removed.</source>
        <translation>El expediente indica qué se omitió. Los nombres o lugares escritos dentro del texto no se quitan.</translation>
    </message>
    <message>
        <source>Leave those entries out of this copy (recommended)</source>
        <translation>Dejar esas entradas fuera de esta copia (recomendado)</translation>
    </message>
    <message>
        <source>Leave out entries written with an earlier version of the app</source>
        <translation>Dejar fuera las entradas escritas con una versión anterior de la aplicación</translation>
    </message>
    <message>
        <source>What an earlier version of the app recorded about them would let someone holding this copy guess the names and places you leave out.</source>
        <translation>Lo que una versión anterior de la aplicación guardó sobre ellas permitiría a quien tenga esta copia adivinar los nombres y lugares que usted deja fuera.</translation>
    </message>
    <message>
        <source>Cover and password</source>
        <translation>Portada y contraseña</translation>
    </message>
    <message>
        <source>Name or initials on the cover (optional)</source>
        <translation>Nombre o iniciales en la portada (opcional)</translation>
    </message>
    <message>
        <source>Shown on the first page. You can leave it empty.</source>
        <translation>Aparece en la primera página. Puede dejarlo vacío.</translation>
    </message>
    <message>
        <source>Name or initials:</source>
        <translation>Nombre o iniciales:</translation>
    </message>
    <message>
        <source>Protect the PDF with a password</source>
        <translation>Proteger el PDF con una contraseña</translation>
    </message>
    <message>
        <source>Nobody can open the PDF without the password.</source>
        <translation>Nadie puede abrir el PDF sin la contraseña.</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>&amp;Generate a strong password</source>
        <translation>&amp;Generar una contraseña segura</translation>
    </message>
    <message>
        <source>Generate a strong password</source>
        <translation>Generar una contraseña segura</translation>
    </message>
    <message>
        <source>Make a long password of ordinary words, shown so you can write it down.</source>
        <translation>Crea una contraseña larga con palabras corrientes y la muestra para que pueda anotarla.</translation>
    </message>
    <message>
        <source>Cop&amp;y password</source>
        <translation>Co&amp;piar contraseña</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copiar la contraseña</translation>
    </message>
    <message>
        <source>Put the password on the clipboard. It is taken off again after 30 seconds.</source>
        <translation>Pone la contraseña en el portapapeles. Se quita de nuevo a los 30 segundos.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Give the password separately: say it on the phone or in person, never in the same email or message as the file.</source>
        <translation>Dé la contraseña por separado: dígala por teléfono o en persona, nunca en el mismo correo o mensaje que el archivo.</translation>
    </message>
    <message>
        <source>Language of the bundle</source>
        <translation>Idioma del expediente</translation>
    </message>
    <message>
        <source>The PDF can be in a language other than the app&apos;s, for the reader.</source>
        <translation>El PDF puede estar en otro idioma que la aplicación, el de quien lo vaya a leer.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Copied. It is taken off the clipboard after 30 seconds, or when the notebook locks.</source>
        <translation>Copiada. Se quita del portapapeles a los 30 segundos, o cuando se bloquea el cuaderno.</translation>
    </message>
    <message>
        <source>The bundle will contain {0} entries and {1} exhibits.</source>
        <translation>El expediente tendrá {0} entradas y {1} anexos.</translation>
    </message>
    <message>
        <source>Entries {0} were written with an earlier version of the app. A copy that leaves out names or places cannot hide them safely for those entries: someone holding it could work them out by trying likely ones.</source>
        <translation>Las entradas {0} se escribieron con una versión anterior de la aplicación. Una copia que deja fuera nombres o lugares no puede ocultarlos con seguridad en esas entradas: quien la tenga podría averiguarlos probando los más probables.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 8 characters, or generate one.</source>
        <translation>Elija una contraseña de al menos 8 caracteres, o genere una.</translation>
    </message>
    <message>
        <source>Save the evidence bundle</source>
        <translation>Guardar el expediente de pruebas</translation>
    </message>
    <message>
        <source>Making the evidence bundle…</source>
        <translation>Creando el expediente de pruebas…</translation>
    </message>
    <message>
        <source>The bundle was saved as {0} ({1} entries, {2} exhibits).</source>
        <translation>El expediente se guardó como {0} ({1} entradas, {2} anexos).</translation>
    </message>
    <message>
        <source>Entries {0}, written with an earlier version of the app, were left out; the bundle says so on its cover.</source>
        <translation>Se dejaron fuera las entradas {0}, escritas con una versión anterior de la aplicación; el expediente lo dice en su portada.</translation>
    </message>
    <message>
        <source>It is recorded under Past exports as {0}; SHA-256 of the file: {1}.</source>
        <translation>Queda anotado en Exportaciones anteriores como {0}; SHA-256 del archivo: {1}.</translation>
    </message>
    <message>
        <source>Remember to give the password separately, not with the file.</source>
        <translation>Recuerde dar la contraseña por separado, no con el archivo.</translation>
    </message>
    <message>
        <source>It has no password: anyone with the file can read it.</source>
        <translation>No tiene contraseña: cualquiera que tenga el archivo puede leerlo.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>What this notebook protects</source>
        <translation>Qué protege este cuaderno</translation>
    </message>
    <message>
        <source>Everything you write here, and every file you add, is locked with your passphrase. Without it, nobody can read the notebook — not even if they copy the folder. Each entry keeps its history: if you change something, the earlier version stays, so nobody can say it was rewritten later.</source>
        <translation>Todo lo que escribe aquí, y cada archivo que añade, queda cerrado con su frase de acceso. Sin ella, nadie puede leer el cuaderno, ni siquiera si copia la carpeta. Cada entrada guarda su historial: si cambia algo, la versión anterior se conserva, así nadie puede decir que se reescribió después.</translation>
    </message>
    <message>
        <source>What it cannot protect</source>
        <translation>Qué no puede proteger</translation>
    </message>
    <message>
        <source>If someone has put spying software on this computer, or watches the screen, or knows your passphrase, they may still see what you write. If you think this computer is watched, use a safer device if you can, and talk to a support worker.</source>
        <translation>Si alguien ha puesto un programa espía en este ordenador, mira la pantalla o conoce su frase de acceso, puede ver lo que escribe. Si cree que vigilan este ordenador, use un aparato más seguro si puede, y hable con una persona de apoyo.</translation>
    </message>
    <message>
        <source>Signs that this computer may be watched</source>
        <translation>Señales de que pueden vigilar este ordenador</translation>
    </message>
    <message>
        <source>The other person knows things you only wrote here, searched for, or said in private messages. There are programs or browser add-ons you did not install. They set up, “fixed” or gave you this computer or phone, or they know your passwords. None of these proves anything, and spying software is often invisible. If you are worried, use a computer they have never touched (at a library, a friend’s, or your advocate’s office), and ask a local domestic-abuse service or a trusted tech-safety helper to check your devices with you. Removing spying software yourself can warn the other person, so get advice first.</source>
        <translation>La otra persona sabe cosas que usted solo escribió aquí, buscó o dijo en mensajes privados. Hay programas o complementos del navegador que usted no instaló. Esa persona le preparó, “arregló” o regaló este ordenador o teléfono, o conoce sus contraseñas. Nada de esto prueba nada, y los programas espía suelen ser invisibles. Si le preocupa, use un ordenador que esa persona nunca haya tocado (en una biblioteca, en casa de una amiga o en la oficina de su persona de apoyo), y pida a un servicio local contra la violencia doméstica o a alguien de confianza que sepa de seguridad digital que revise sus aparatos con usted. Quitar un programa espía por su cuenta puede alertar a la otra persona: pida consejo antes.</translation>
    </message>
    <message>
        <source>Leaving quickly</source>
        <translation>Salir rápido</translation>
    </message>
    <message>
        <source>Press Esc twice, or the Quick exit button, to close the notebook at once. Ctrl+L locks it. It also locks by itself when you stop using it for a while. Nothing saved is deleted when it closes. But an entry you are still writing and have not saved is left out, so that nothing stays open behind the lock: press Save (Ctrl+S) before you leave the computer.</source>
        <translation>Pulse Esc dos veces, o el botón Salida rápida, para cerrar el cuaderno enseguida. Ctrl+L lo bloquea. También se bloquea solo cuando deja de usarlo un rato. Al cerrarse no se borra nada de lo guardado. Pero una entrada que todavía está escribiendo y no ha guardado se pierde, para que nada quede abierto detrás del bloqueo: pulse Guardar (Ctrl+S) antes de dejar el ordenador.</translation>
    </message>
    <message>
        <source>Keep a backup somewhere safe</source>
        <translation>Guarde una copia de seguridad en un lugar seguro</translation>
    </message>
    <message>
        <source>A computer can break or be taken. Make a backup from time to time: open Settings, then “Backup and checks”, then “Save a backup…”, and choose a USB stick (or any folder). The backup is one locked file. Keep it somewhere the other person cannot reach: a USB stick you hide, or with someone you trust. It opens only with the passphrase you had when you saved it. To use it on another computer, choose “Restore from a backup file…” on the first screen.</source>
        <translation>Un ordenador se puede romper o se lo pueden quitar. Haga una copia de seguridad de vez en cuando: abra Configuración, luego “Copias y comprobaciones”, luego “Guardar una copia de seguridad…”, y elija una memoria USB (o cualquier carpeta). La copia es un solo archivo cerrado. Guárdela donde la otra persona no llegue: en una memoria USB escondida, o con alguien de confianza. Solo se abre con la frase de acceso que tenía al guardarla. Para usarla en otro ordenador, elija “Restaurar desde una copia de seguridad…” en la primera pantalla.</translation>
    </message>
    <message>
        <source>Checkpoint codes</source>
        <translation>Códigos de punto de control</translation>
    </message>
    <message>
        <source>Settings, then “Checkpoint”, shows a short code that records how much the notebook holds today. Write it down or save the printable page, and give it to your advocate or someone you trust, every few weeks. Later, “Check against this code” shows whether the notebook still holds everything it held that day. If someone swapped your notebook for an older copy, the check says so. The code says nothing about what you wrote.</source>
        <translation>En Configuración, “Punto de control” muestra un código corto que registra cuánto guarda hoy el cuaderno. Anótelo o guarde la página para imprimir, y déselo a su persona de apoyo o a alguien de confianza cada pocas semanas. Más adelante, “Comprobar con este código” muestra si el cuaderno todavía guarda todo lo que tenía ese día. Si alguien cambió su cuaderno por una copia más antigua, la comprobación lo dice. El código no dice nada de lo que usted escribió.</translation>
    </message>
    <message>
        <source>A second passphrase, and its limits</source>
        <translation>Una segunda frase de acceso, y sus límites</translation>
    </message>
    <message>
        <source>In Settings, under “Second passphrase”, you can choose a second passphrase. Typed on the first screen, it opens a separate notebook that you can fill with ordinary notes. Choose it while your usual notebook is open. It does not hide your usual notebook: someone who knows this app knows a second passphrase can exist, and someone who copies the folder at different times can see which notebook changes. Choosing a second passphrase again empties the separate notebook.</source>
        <translation>En Configuración, en “Segunda frase de acceso”, puede elegir una segunda frase de acceso. Si la escribe en la primera pantalla, abre un cuaderno aparte que puede llenar con notas corrientes. Elíjala con su cuaderno habitual abierto. No esconde su cuaderno habitual: quien conozca esta aplicación sabe que puede existir una segunda frase de acceso, y quien copie la carpeta en momentos distintos puede ver qué cuaderno cambia. Si vuelve a elegir una segunda frase de acceso, el cuaderno aparte se vacía.</translation>
    </message>
    <message>
        <source>What someone looking at the computer can tell</source>
        <translation>Lo que puede saber alguien que mira el ordenador</translation>
    </message>
    <message>
        <source>A quick look: the notebook folder always holds two notebook files, whether or not you chose a second passphrase, and both show the same time. Opening takes the same time whichever passphrase is typed, a wrong one too. A backup holds both notebooks and is the same whichever one was open. A careful look: the two files can differ in size, and someone who copies the folder or your backups at different times can see which file changed in between. A forensic examination of the computer can find more, for example which file was written most recently.</source>
        <translation>Un vistazo rápido: la carpeta del cuaderno siempre tiene dos archivos de cuaderno, haya elegido o no una segunda frase de acceso, y los dos muestran la misma hora. Abrir tarda lo mismo con cualquier frase de acceso, también con una equivocada. Una copia de seguridad guarda los dos cuadernos y es igual sea cual sea el que estaba abierto. Una mirada atenta: los dos archivos pueden tener tamaños distintos, y quien copie la carpeta o sus copias de seguridad en momentos distintos puede ver qué archivo cambió entre una vez y otra. Un examen forense del ordenador puede encontrar más, por ejemplo qué archivo se escribió por última vez.</translation>
    </message>
    <message>
        <source>Nothing is deleted by itself</source>
        <translation>Nada se borra solo</translation>
    </message>
    <message>
        <source>The app never deletes or wipes anything on its own: not after wrong passphrases, not when it locks, not after a while. Something that wiped the notebook automatically could be used by someone else to destroy your record.</source>
        <translation>La aplicación nunca borra nada por su cuenta: ni tras frases de acceso equivocadas, ni al bloquearse, ni con el tiempo. Algo que borrara el cuaderno automáticamente podría usarlo otra persona para destruir su registro.</translation>
    </message>
    <message>
        <source>What makes a record useful later</source>
        <translation>Qué hace útil un registro más adelante</translation>
    </message>
    <message>
        <source>Write the date, and the time if you know it. If you are not sure, tick &apos;Approximately&apos; — that is fine. Keep the original screenshots and files. For messages, write the sender&apos;s number or address exactly as shown, not only their name. Write down who you told and any reference number they gave you. Short notes written soon are worth more than perfect ones written much later.</source>
        <translation>Escriba la fecha, y la hora si la sabe. Si no está segura, marque &apos;Aproximadamente&apos;: no pasa nada. Guarde las capturas y los archivos originales. En los mensajes, escriba el número o la dirección de quien lo envió tal como aparece, no solo su nombre. Anote a quién se lo contó y el número de referencia que le dieron. Unas notas cortas escritas pronto valen más que unas perfectas escritas mucho después.</translation>
    </message>
    <message>
        <source>Removing the app and the notebook</source>
        <translation>Quitar la aplicación y el cuaderno</translation>
    </message>
    <message>
        <source>If it becomes safer to have nothing on this computer, you can remove it all. Nothing is removed unless you do it yourself:</source>
        <translation>Si es más seguro no tener nada en este ordenador, puede quitarlo todo. No se quita nada a menos que usted lo haga:</translation>
    </message>
    <message>
        <source>1. If you may want your record later, first save a backup and keep it elsewhere.</source>
        <translation>1. Si más adelante puede necesitar su registro, guarde antes una copia de seguridad en otro lugar.</translation>
    </message>
    <message>
        <source>2. Delete the app (uninstall it, or delete its folder).</source>
        <translation>2. Borre la aplicación (desinstálela o borre su carpeta).</translation>
    </message>
    <message>
        <source>3. Delete the notebook folder. On this computer it is usually:</source>
        <translation>3. Borre la carpeta del cuaderno. En este ordenador suele ser:</translation>
    </message>
    <message>
        <source>    The notebook open now is in:</source>
        <translation>    El cuaderno abierto ahora está en:</translation>
    </message>
    <message>
        <source>4. Delete the small settings file too:</source>
        <translation>4. Borre también el pequeño archivo de configuración:</translation>
    </message>
    <message>
        <source>5. Delete any backup files (for example notebook.backup) and any saved bundles (PDF files) you do not want to keep, including copies on USB sticks.</source>
        <translation>5. Borre las copias de seguridad (por ejemplo notebook.backup) y los expedientes guardados (archivos PDF) que no quiera conservar, también las copias en memorias USB.</translation>
    </message>
    <message>
        <source>6. Empty the recycle bin (trash). Deleted files can sometimes be brought back with special tools; a computer with full-disk encryption makes that much harder.</source>
        <translation>6. Vacíe la papelera. A veces los archivos borrados se pueden recuperar con programas especiales; un ordenador con el disco entero cifrado lo hace mucho más difícil.</translation>
    </message>
    <message>
        <source>Local support contacts</source>
        <translation>Contactos de apoyo cercanos</translation>
    </message>
    <message>
        <source>You can note helplines or people you trust here. They are kept inside the locked notebook, like your entries, and saved as you type.</source>
        <translation>Aquí puede anotar teléfonos de ayuda o personas de confianza. Se guardan dentro del cuaderno cerrado, como sus entradas, mientras escribe.</translation>
    </message>
    <message>
        <source>Helplines or people you trust. Kept locked inside the notebook.</source>
        <translation>Teléfonos de ayuda o personas de confianza. Se guardan cerrados dentro del cuaderno.</translation>
    </message>
    <message>
        <source>Name and phone number, one per line</source>
        <translation>Nombre y teléfono, uno por línea</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import messages</source>
        <translation>Importar mensajes</translation>
    </message>
    <message>
        <source>Messages chosen</source>
        <translation>Mensajes elegidos</translation>
    </message>
    <message>
        <source>&amp;Choose an export…</source>
        <translation>&amp;Elegir una exportación…</translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation>Elegir una exportación</translation>
    </message>
    <message>
        <source>A chat export from WhatsApp, an SMS backup, Telegram, or e-mail.</source>
        <translation>Una exportación de chat de WhatsApp, una copia de SMS, Telegram o correo electrónico.</translation>
    </message>
    <message>
        <source>…or drop the export file on this window.</source>
        <translation>…o suelte el archivo exportado sobre esta ventana.</translation>
    </message>
    <message>
        <source>Find out from the file</source>
        <translation>Averiguarlo por el archivo</translation>
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
        <translation>Correo electrónico (.eml, .mbox)</translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation>&amp;Leer como:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Day first (31/01/2024)</source>
        <translation>Primero el día (31/01/2024)</translation>
    </message>
    <message>
        <source>Month first (01/31/2024)</source>
        <translation>Primero el mes (01/31/2024)</translation>
    </message>
    <message>
        <source>Every date in this export could be day/month or month/day. How does the phone write dates?</source>
        <translation>Todas las fechas de esta exportación pueden leerse como día/mes o mes/día. ¿Cómo escribe el teléfono las fechas?</translation>
    </message>
    <message>
        <source>This computer&apos;s zone</source>
        <translation>La zona de este ordenador</translation>
    </message>
    <message>
        <source>The phone&apos;s time &amp;zone:</source>
        <translation>&amp;Zona horaria del teléfono:</translation>
    </message>
    <message>
        <source>Messages in the export</source>
        <translation>Mensajes de la exportación</translation>
    </message>
    <message>
        <source>Choose &amp;all</source>
        <translation>Elegir &amp;todos</translation>
    </message>
    <message>
        <source>Choose &amp;none</source>
        <translation>&amp;Ninguno</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Only this &amp;sender</source>
        <translation>Solo este &amp;remitente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Only these &amp;dates</source>
        <translation>Solo estas &amp;fechas</translation>
    </message>
    <message>
        <source>Ca&amp;tegory for the new entries:</source>
        <translation>&amp;Categoría de las entradas nuevas:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Avance de la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Chat exports ({patterns})</source>
        <translation>Exportaciones de chat ({patterns})</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Leyendo la exportación…</translation>
    </message>
    <message>
        <source>{zone} (this computer&apos;s zone)</source>
        <translation>{zone} (la zona de este ordenador)</translation>
    </message>
    <message>
        <source>The dates in this export can be read two ways. Choose how the phone writes them, and it will be read again.</source>
        <translation>Las fechas de esta exportación pueden leerse de dos maneras. Elija cómo las escribe el teléfono y se volverá a leer.</translation>
    </message>
    <message>
        <source>1 message. Times are as the export writes them, read in: {zone}.</source>
        <translation>1 mensaje. Las horas son las que escribe la exportación, leídas en: {zone}.</translation>
    </message>
    <message>
        <source>{count} messages. Times are as the export writes them, read in: {zone}.</source>
        <translation>{count} mensajes. Las horas son las que escribe la exportación, leídas en: {zone}.</translation>
    </message>
    <message>
        <source>{count} notices (such as &apos;Messages are end-to-end encrypted&apos;) are kept in the stored export, not as entries.</source>
        <translation>{count} avisos (como «Los mensajes están cifrados de extremo a extremo») se guardan en la exportación almacenada, no como entradas.</translation>
    </message>
    <message>
        <source>No export read yet.</source>
        <translation>Todavía no se ha leído ninguna exportación.</translation>
    </message>
    <message>
        <source>{chosen} of 1 message chosen, {already} already in the journal.</source>
        <translation>{chosen} de 1 mensaje elegido, {already} ya en el diario.</translation>
    </message>
    <message>
        <source>{chosen} of {total} messages chosen, {already} already in the journal.</source>
        <translation>{chosen} de {total} mensajes elegidos, {already} ya en el diario.</translation>
    </message>
    <message>
        <source>Importing 1 message…</source>
        <translation>Importando 1 mensaje…</translation>
    </message>
    <message>
        <source>Importing {count} messages…</source>
        <translation>Importando {count} mensajes…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>1 message was imported into the journal.</source>
        <translation>Se importó 1 mensaje al diario.</translation>
    </message>
    <message>
        <source>{count} messages were imported into the journal.</source>
        <translation>Se importaron {count} mensajes al diario.</translation>
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
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Time (zone assumed)</source>
        <translation>Hora (zona supuesta)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>In the journal</source>
        <translation>En el diario</translation>
    </message>
    <message>
        <source>This message is already in the journal; it is not imported again.</source>
        <translation>Este mensaje ya está en el diario; no se importa otra vez.</translation>
    </message>
    <message>
        <source>not in the export: {name}</source>
        <translation>no está en la exportación: {name}</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
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
        <translation>Unas palabras, p. ej. &apos;Me gritó y me quitó el teléfono&apos;</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo pasó</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Describe what happened, in your own words.</source>
        <translation>Cuente qué pasó, con sus propias palabras.</translation>
    </message>
    <message>
        <source>In your own words. Short notes are fine.</source>
        <translation>Con sus propias palabras. Bastan unas notas cortas.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Where it happened.</source>
        <translation>Dónde pasó.</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Personas implicadas</translation>
    </message>
    <message>
        <source>Who did it, and who else took part.</source>
        <translation>Quién lo hizo, y quién más participó.</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Testigos</translation>
    </message>
    <message>
        <source>Anyone who saw or heard it.</source>
        <translation>Quien lo vio o lo oyó.</translation>
    </message>
    <message>
        <source>One person per line</source>
        <translation>Una persona por línea</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lesiones</translation>
    </message>
    <message>
        <source>Any injuries, even small ones.</source>
        <translation>Cualquier lesión, aunque sea pequeña.</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>A doctor, hospital or clinic that saw you, if any.</source>
        <translation>El médico, hospital o centro de salud que la atendió, si lo hubo.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Words to find this again, separated by commas</source>
        <translation>Palabras para encontrarlo de nuevo, separadas por comas</translation>
    </message>
    <message>
        <source>How serious it felt</source>
        <translation>Cuán grave lo sentiste</translation>
    </message>
    <message>
        <source>How serious it felt to you, from 1 (least) to 5 (most). Optional.</source>
        <translation>Cuán grave lo sentiste tú, del 1 (lo mínimo) al 5 (lo máximo). Opcional.</translation>
    </message>
    <message>
        <source>&amp;Categories (all that apply):</source>
        <translation>Categ&amp;orías (todas las que correspondan):</translation>
    </message>
    <message>
        <source>How serious it felt (&amp;1–5):</source>
        <translation>Cuán grave lo sentiste (&amp;1–5):</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>W&amp;hat happened:</source>
        <translation>&amp;Qué pasó:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Pe&amp;ople involved:</source>
        <translation>&amp;Personas implicadas:</translation>
    </message>
    <message>
        <source>Wit&amp;nesses:</source>
        <translation>Test&amp;igos:</translation>
    </message>
    <message>
        <source>In&amp;juries:</source>
        <translation>Lesiones:</translation>
    </message>
    <message>
        <source>Medical c&amp;are:</source>
        <translation>Atención &amp;médica:</translation>
    </message>
    <message>
        <source>Who was told:</source>
        <translation>A quién se le contó:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Etiq&amp;uetas:</translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation>Fecha en que pasó</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This notebook took a while to open on this computer. To make it open faster here, choose Settings, then Change passphrase; you may type the same passphrase again, and the app measures this computer anew.</source>
        <translation>Este cuaderno tardó un poco en abrirse en este ordenador. Para que se abra más rápido aquí, elija Configuración y luego Cambiar la frase de acceso; puede escribir la misma frase de acceso otra vez, y la aplicación vuelve a medir este ordenador.</translation>
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
        <translation>Muestra la lista de entradas.</translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation>&amp;Patrón</translation>
    </message>
    <message>
        <source>Counts of entries over time: how often, which kinds, when.</source>
        <translation>Recuentos de entradas en el tiempo: con qué frecuencia, de qué tipo, cuándo.</translation>
    </message>
    <message>
        <source>New &amp;incident</source>
        <translation>Nuevo &amp;incidente</translation>
    </message>
    <message>
        <source>Write down something that happened.</source>
        <translation>Anote algo que pasó.</translation>
    </message>
    <message>
        <source>New &amp;message</source>
        <translation>Nuevo &amp;mensaje</translation>
    </message>
    <message>
        <source>Record a message, call or threat you received.</source>
        <translation>Registre un mensaje, una llamada o una amenaza que recibió.</translation>
    </message>
    <message>
        <source>Imp&amp;ort messages…</source>
        <translation>Impor&amp;tar mensajes…</translation>
    </message>
    <message>
        <source>Bring in a chat export: WhatsApp, an SMS backup, Telegram or e-mail.</source>
        <translation>Traer una exportación de chat: WhatsApp, una copia de SMS, Telegram o correo electrónico.</translation>
    </message>
    <message>
        <source>E&amp;xport evidence…</source>
        <translation>E&amp;xportar pruebas…</translation>
    </message>
    <message>
        <source>Make a PDF of chosen entries to give to an advocate or a court.</source>
        <translation>Crea un PDF con las entradas elegidas para darlo a una persona de apoyo o a un juzgado.</translation>
    </message>
    <message>
        <source>Chec&amp;k a bundle…</source>
        <translation>Compro&amp;bar un expediente…</translation>
    </message>
    <message>
        <source>Check that a PDF made by this app has not been changed.</source>
        <translation>Comprueba que un PDF hecho con esta aplicación no se ha cambiado.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Language, lock time, backups and passphrases.</source>
        <translation>Idioma, tiempo de bloqueo, copias de seguridad y frases de acceso.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Safety advice, and a place for support contacts.</source>
        <translation>Consejos de seguridad y un lugar para sus contactos de apoyo.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Bl&amp;oquear</translation>
    </message>
    <message>
        <source>Close the notebook now; the passphrase opens it again.</source>
        <translation>Cierra el cuaderno ahora; la frase de acceso lo vuelve a abrir.</translation>
    </message>
    <message>
        <source>&amp;Quick exit (Esc Esc)</source>
        <translation>Salida &amp;rápida (Esc Esc)</translation>
    </message>
    <message>
        <source>Hide and close the app at once. Nothing saved is lost.</source>
        <translation>Oculta y cierra la aplicación enseguida. No se pierde nada de lo guardado.</translation>
    </message>
    <message>
        <source>More actions that do not fit in the window.</source>
        <translation>Más acciones que no caben en la ventana.</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <source>Unsaved writing kept</source>
        <translation>Texto sin guardar conservado</translation>
    </message>
    <message>
        <source>What you were writing when the notebook closed was kept, locked inside it. You can continue with it, or discard it.</source>
        <translation>Lo que estaba escribiendo cuando se cerró el cuaderno se conservó, protegido dentro de él. Puede continuar con ello o descartarlo.</translation>
    </message>
    <message>
        <source>&amp;Continue writing</source>
        <translation>&amp;Continuar escribiendo</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>Continuar escribiendo</translation>
    </message>
    <message>
        <source>Open what you were writing, as it was.</source>
        <translation>Abrir lo que estaba escribiendo, tal como estaba.</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Descartarlo</translation>
    </message>
    <message>
        <source>Forget what you were writing. Saved entries are not touched.</source>
        <translation>Olvidar lo que estaba escribiendo. Las entradas guardadas no cambian.</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Write down the sender&apos;s number or address, not only the contact name.</source>
        <translation>Anote el número o la dirección de quien lo envió, no solo el nombre del contacto.</translation>
    </message>
    <message>
        <source>Keep the original file or message; do not forward or edit it.</source>
        <translation>Guarde el archivo o el mensaje original; no lo reenvíe ni lo cambie.</translation>
    </message>
    <message>
        <source>Screenshot the whole conversation with the dates and times visible.</source>
        <translation>Haga capturas de toda la conversación, con las fechas y horas a la vista.</translation>
    </message>
    <message>
        <source>If it was a call or voicemail, note the time and how long it lasted.</source>
        <translation>Si fue una llamada o un mensaje de voz, anote la hora y cuánto duró.</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nuevo mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>Cómo llegó</translation>
    </message>
    <message>
        <source>The way the message reached you.</source>
        <translation>Por dónde le llegó el mensaje.</translation>
    </message>
    <message>
        <source>Sender exactly as shown</source>
        <translation>Remitente tal como aparece</translation>
    </message>
    <message>
        <source>The number, email address or account name exactly as it appears.</source>
        <translation>El número, correo o nombre de cuenta tal como aparece.</translation>
    </message>
    <message>
        <source>e.g. +44 7700 900123 or @name</source>
        <translation>p. ej. +34 600 000 000 o @nombre</translation>
    </message>
    <message>
        <source>When it came</source>
        <translation>Cuándo llegó</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>The words of the message, exactly as sent.</source>
        <translation>Las palabras del mensaje, tal como se enviaron.</translation>
    </message>
    <message>
        <source>Copy the words exactly, spelling and all.</source>
        <translation>Copie las palabras exactas, con su ortografía.</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>A few words to find it again.</source>
        <translation>Unas palabras para encontrarlo de nuevo.</translation>
    </message>
    <message>
        <source>Left empty, the channel and sender are used</source>
        <translation>Si lo deja vacío, se usan el medio y el remitente</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>&amp;Categories (all that apply):</source>
        <translation>Categ&amp;orías (todas las que correspondan):</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Words to find this again, separated by commas</source>
        <translation>Palabras para encontrarlo de nuevo, separadas por comas</translation>
    </message>
    <message>
        <source>&amp;How it came:</source>
        <translation>Cómo &amp;llegó:</translation>
    </message>
    <message>
        <source>Se&amp;nder (exactly as shown):</source>
        <translation>Remitente (&amp;tal como aparece):</translation>
    </message>
    <message>
        <source>&amp;When it came:</source>
        <translation>&amp;Cuándo llegó:</translation>
    </message>
    <message>
        <source>&amp;Message text:</source>
        <translation>Texto del &amp;mensaje:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Fecha de recepción</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
</context>
<context>
    <name>NotePad</name>
    <message>
        <source>Search notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <source>Show only the notes that contain these words.</source>
        <translation>Mostrar solo las notas que contienen estas palabras.</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nueva nota</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Start a new, empty note (Ctrl+N).</source>
        <translation>Empezar una nota nueva, vacía (Ctrl+N).</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Your notes, newest first.</source>
        <translation>Sus notas, las más recientes primero.</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Título de la nota</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Write your note here.</source>
        <translation>Escriba aquí su nota.</translation>
    </message>
    <message>
        <source>Notes shown</source>
        <translation>Notas mostradas</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>&amp;Borrar nota</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Borrar nota</translation>
    </message>
    <message>
        <source>Delete the note that is open.</source>
        <translation>Borrar la nota que está abierta.</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>Nota sin título</translation>
    </message>
    <message>
        <source>No notes yet. Press “New note” to start one.</source>
        <translation>Todavía no hay notas. Pulse «Nueva nota» para empezar una.</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <source>{0} notes</source>
        <translation>{0} notas</translation>
    </message>
    <message>
        <source>No notes match your search.</source>
        <translation>Ninguna nota coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>{0} of {1} notes match</source>
        <translation>{0} de {1} notas coinciden</translation>
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
        <translation>Exportaciones anteriores</translation>
    </message>
    <message>
        <source>Every evidence bundle made from this notebook, oldest first. The next bundle lists them on its cover. Compare a file with its SHA-256 to be sure it is the one that was handed over.</source>
        <translation>Todos los expedientes de pruebas creados con este cuaderno, del más antiguo al más reciente. El próximo expediente los enumera en su portada. Compare un archivo con su SHA-256 para asegurarse de que es el que se entregó.</translation>
    </message>
    <message>
        <source>No evidence bundle has been made from this notebook yet.</source>
        <translation>Todavía no se ha creado ningún expediente de pruebas con este cuaderno.</translation>
    </message>
    <message>
        <source>Export id</source>
        <translation>Identificador de exportación</translation>
    </message>
    <message>
        <source>Made (UTC)</source>
        <translation>Creado (UTC)</translation>
    </message>
    <message>
        <source>What it held</source>
        <translation>Qué contenía</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 del archivo</translation>
    </message>
</context>
<context>
    <name>PatternPage</name>
    <message>
        <source>Facts only: counts and dates taken from your entries, which anyone can count again from the list. No score, no prediction, no judgement.</source>
        <translation>Solo hechos: recuentos y fechas tomados de sus entradas, que cualquiera puede volver a contar a partir de la lista. Sin puntuación, sin predicción, sin juicio.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The figures of the pattern in words.</source>
        <translation>Las cifras del patrón en palabras.</translation>
    </message>
    <message>
        <source>Bars per</source>
        <translation>Barras por</translation>
    </message>
    <message>
        <source>Week or month.</source>
        <translation>Semana o mes.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Count only entries of one kind.</source>
        <translation>Contar solo las entradas de un tipo.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>E&amp;ntre</translation>
    </message>
    <message>
        <source>Only between dates</source>
        <translation>Solo entre fechas</translation>
    </message>
    <message>
        <source>Count only entries between the two dates.</source>
        <translation>Contar solo las entradas entre las dos fechas.</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Bars &amp;per:</source>
        <translation>Barras &amp;por:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>A day, as year-month-day.</source>
        <translation>Un día, como año-mes-día.</translation>
    </message>
    <message>
        <source>Entries per week, by category</source>
        <translation>Entradas por semana, por categoría</translation>
    </message>
    <message>
        <source>Entries per month, by category</source>
        <translation>Entradas por mes, por categoría</translation>
    </message>
    <message>
        <source>Severity recorded, per week</source>
        <translation>Gravedad anotada, por semana</translation>
    </message>
    <message>
        <source>Severity recorded, per month</source>
        <translation>Gravedad anotada, por mes</translation>
    </message>
    <message>
        <source>Messages per day, by sender</source>
        <translation>Mensajes por día, por remitente</translation>
    </message>
    <message>
        <source>Time of day (entries with a time)</source>
        <translation>Hora del día (entradas con hora)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Other senders</source>
        <translation>Otros remitentes</translation>
    </message>
    <message>
        <source>No sender written</source>
        <translation>Sin remitente anotado</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
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
        <translation>Nada que contar aquí.</translation>
    </message>
    <message>
        <source>The chart, or the same figures as a table.</source>
        <translation>El gráfico, o las mismas cifras en una tabla.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>One row per bar, one column per part of the bar, then the total.</source>
        <translation>Una fila por barra, una columna por parte de la barra y luego el total.</translation>
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
        <translation>Tabla</translation>
    </message>
    <message numerus="yes">
        <source>Entries counted: %n</source>
        <translation>
            <numerusform>Entradas contadas: %n</numerusform>
            <numerusform>Entradas contadas: %n</numerusform>
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
            <numerusform>mensajes: %n</numerusform>
            <numerusform>mensajes: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>First entry %1, latest %2.</source>
        <translation>Primera entrada %1, última %2.</translation>
    </message>
    <message numerus="yes">
        <source>With an approximate date: %n (counted on that date).</source>
        <translation>
            <numerusform>Con fecha aproximada: %n (contada en esa fecha).</numerusform>
            <numerusform>Con fecha aproximada: %n (contadas en esa fecha).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Amended: %n (counted once, as last written).</source>
        <translation>
            <numerusform>Modificadas: %n (contada una vez, según su última versión).</numerusform>
            <numerusform>Modificadas: %n (contadas una vez, según su última versión).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted, not counted: %n.</source>
        <translation>
            <numerusform>Borradas, no contadas: %n.</numerusform>
            <numerusform>Borradas, no contadas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>An incident can be in more than one category: it is counted under each of them, so the parts of a bar can add up to more than its total.</source>
        <translation>Un incidente puede estar en más de una categoría: se cuenta en cada una de ellas, así que las partes de una barra pueden sumar más que su total.</translation>
    </message>
    <message numerus="yes">
        <source>Longest time with no entry: %n day(s), %1 to %2.</source>
        <translation>
            <numerusform>Periodo más largo sin ninguna entrada: %n día, del %1 al %2.</numerusform>
            <numerusform>Periodo más largo sin ninguna entrada: %n días, del %1 al %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most recent run of days in a row with entries: %n day(s), %1 to %2</source>
        <translation>
            <numerusform>Racha más reciente de días seguidos con entradas: %n día, del %1 al %2</numerusform>
            <numerusform>Racha más reciente de días seguidos con entradas: %n días, del %1 al %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n entries).</source>
        <translation>
            <numerusform>(%n entrada).</numerusform>
            <numerusform>(%n entradas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PictureBoxes</name>
    <message>
        <source>Pictures in the bundle</source>
        <translation>Imágenes del expediente</translation>
    </message>
    <message>
        <source>Choose a picture, then Black out parts… (or press Enter).</source>
        <translation>Elija una imagen y luego Tapar partes… (o pulse Intro).</translation>
    </message>
    <message>
        <source>&amp;Black out parts…</source>
        <translation>T&amp;apar partes…</translation>
    </message>
    <message>
        <source>Black out parts of the chosen picture</source>
        <translation>Tapar en negro partes de la imagen elegida</translation>
    </message>
    <message>
        <source>Draw black boxes over parts of the picture that must not be seen.</source>
        <translation>Dibuje recuadros negros sobre las partes de la imagen que no se deben ver.</translation>
    </message>
    <message>
        <source>A black box makes this a copy for the other side, like the choices above: every file in it is a copy with its hidden details removed.</source>
        <translation>Un recuadro negro convierte el expediente en una copia para la otra parte, como las opciones de arriba: cada archivo va como copia sin sus datos ocultos.</translation>
    </message>
    <message>
        <source>(1 black box)</source>
        <translation>(1 recuadro negro)</translation>
    </message>
    <message>
        <source>({0} black boxes)</source>
        <translation>({0} recuadros negros)</translation>
    </message>
    <message>
        <source>This picture cannot be shown safely, so no boxes can be drawn on it.</source>
        <translation>Esta imagen no se puede mostrar de forma segura, así que no se pueden dibujar recuadros en ella.</translation>
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
        <translation>Espere, por favor</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Everything checks out: {0} versions and {1} files match their records.</source>
        <translation>Todo está bien: {0} versiones y {1} archivos coinciden con sus registros.</translation>
    </message>
    <message>
        <source>The check found a problem. Nothing was changed.</source>
        <translation>La comprobación encontró un problema. No se cambió nada.</translation>
    </message>
    <message>
        <source>If you have a backup, you can restore it into a new folder.</source>
        <translation>Si tiene una copia de seguridad, puede restaurarla en una carpeta nueva.</translation>
    </message>
    <message>
        <source>All is well: the notebook still holds everything it held on {0} ({1} versions then, {2} added since).</source>
        <translation>Todo está bien: el cuaderno todavía guarda todo lo que tenía el {0} ({1} versiones entonces, {2} añadidas desde entonces).</translation>
    </message>
    <message>
        <source>This code belongs to a different notebook, so it cannot be checked here.</source>
        <translation>Este código es de otro cuaderno, así que no se puede comprobar aquí.</translation>
    </message>
    <message>
        <source>This notebook now holds fewer versions ({0}) than on {1} ({2}). It may have been replaced by an older copy. Nothing was changed. Talk to your advocate, and keep your backups.</source>
        <translation>Este cuaderno tiene ahora menos versiones ({0}) que el {1} ({2}). Puede que lo hayan cambiado por una copia más antigua. No se cambió nada. Hable con su persona de apoyo y conserve sus copias de seguridad.</translation>
    </message>
    <message>
        <source>The history up to {0} no longer matches this code: it was changed or damaged since. Nothing was changed. Talk to your advocate, and keep your backups.</source>
        <translation>El historial hasta el {0} ya no coincide con este código: se cambió o se dañó desde entonces. No se cambió nada. Hable con su persona de apoyo y conserve sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generales</translation>
    </message>
    <message>
        <source>Backup and checks</source>
        <translation>Copias y comprobaciones</translation>
    </message>
    <message>
        <source>Second passphrase</source>
        <translation>Segunda frase de acceso</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Punto de control</translation>
    </message>
    <message>
        <source>Working, please wait</source>
        <translation>Trabajando, espere por favor</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <source>The notebook locks itself when nobody uses it for this long.</source>
        <translation>El cuaderno se bloquea solo cuando nadie lo usa durante este tiempo.</translation>
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
        <translation>El idioma de la aplicación. Cambia la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Appears as</source>
        <translation>Aparece como</translation>
    </message>
    <message>
        <source>The name and picture the app shows, so it looks ordinary.</source>
        <translation>El nombre y la imagen que muestra la aplicación, para que parezca corriente.</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Bloquear tras no usarlo:</translation>
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
        <translation>El nuevo idioma se usa la próxima vez que abra la aplicación. Un expediente se puede crear en cualquier idioma: elíjalo en la ventana Exportar.</translation>
    </message>
    <message>
        <source>“Appears as” sets the name and picture shown on the window, the taskbar and the first screen. It changes at once. The program file and the folder on the computer keep their plain names (“notebook”).</source>
        <translation>“Aparece como” elige el nombre y la imagen de la ventana, la barra de tareas y la primera pantalla. Cambia enseguida. El archivo del programa y la carpeta del ordenador mantienen sus nombres sencillos (“notebook”).</translation>
    </message>
    <message>
        <source>Start as a working notes pa&amp;d</source>
        <translation>Empezar como un bloc de notas que &amp;funciona</translation>
    </message>
    <message>
        <source>Start as a working notes pad</source>
        <translation>Empezar como un bloc de notas que funciona</translation>
    </message>
    <message>
        <source>The app opens as a simple notes pad under the name above.</source>
        <translation>La aplicación se abre como un sencillo bloc de notas, con el nombre de arriba.</translation>
    </message>
    <message>
        <source>When this is on, the app opens as a notes pad that works: notes can be written, changed, deleted and searched, and nothing on it shows that anything else is there. To open this notebook, type your passphrase into the pad&apos;s search box and press Enter; a wrong guess is just a search. Locking, idle time and Quick exit all go back to the pad. Your second passphrase, typed the same way, opens the same pad with the notes you keep in the separate notebook. This notebook&apos;s folder is remembered, so the pad knows where to look.</source>
        <translation>Con esta opción, la aplicación se abre como un bloc de notas que funciona: se pueden escribir, cambiar, borrar y buscar notas, y nada en él muestra que haya algo más. Para abrir este cuaderno, escriba su frase de acceso en el cuadro de búsqueda del bloc y pulse Intro; si no es la correcta, es solo una búsqueda. Al bloquear, al pasar el tiempo sin uso y con la Salida rápida se vuelve al bloc. Su segunda frase de acceso, escrita del mismo modo, abre el mismo bloc con las notas que guarda en el cuaderno aparte. Se recuerda la carpeta de este cuaderno, para que el bloc sepa dónde buscar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pad&apos;s own notes are not locked.&lt;/b&gt; They are kept in a plain file beside the app&apos;s settings, where anyone using this computer can read them. Write nothing private there: they are only there to make the pad look used.</source>
        <translation>&lt;b&gt;Las notas propias del bloc no están protegidas.&lt;/b&gt; Se guardan en un archivo sin cifrar junto a los ajustes de la aplicación, donde cualquiera que use este ordenador puede leerlas. No escriba nada privado en ellas: solo sirven para que el bloc parezca usado.</translation>
    </message>
    <message>
        <source>A backup is one locked file. Keep it somewhere safe, away from this computer: a USB stick you keep hidden, or with someone you trust. It opens with the passphrase you have now.</source>
        <translation>Una copia de seguridad es un solo archivo cerrado. Guárdela en un lugar seguro, lejos de este ordenador: en una memoria USB escondida, o con alguien de confianza. Se abre con la frase de acceso que tiene ahora.</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de acceso…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this notebook.</source>
        <translation>Elija una nueva frase de acceso para este cuaderno.</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>&amp;Guardar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Save the whole notebook as one locked file.</source>
        <translation>Guarda todo el cuaderno en un solo archivo cerrado.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup into a new folder…</source>
        <translation>&amp;Restaurar una copia en una carpeta nueva…</translation>
    </message>
    <message>
        <source>Open a backup file into an empty folder. This notebook is not changed.</source>
        <translation>Abre una copia de seguridad en una carpeta vacía. Este cuaderno no cambia.</translation>
    </message>
    <message>
        <source>C&amp;heck the notebook</source>
        <translation>Co&amp;mprobar el cuaderno</translation>
    </message>
    <message>
        <source>Check that everything stored still matches its record.</source>
        <translation>Comprueba que todo lo guardado coincide con su registro.</translation>
    </message>
    <message>
        <source>You can choose a second passphrase. Typed on the first screen instead of your usual one, it opens a separate notebook that looks just like this one and starts empty. You can fill it with ordinary notes you would not mind anyone seeing.</source>
        <translation>Puede elegir una segunda frase de acceso. Si la escribe en la primera pantalla en lugar de la habitual, abre un cuaderno aparte que se ve igual que este y empieza vacío. Puede llenarlo con notas corrientes que no le importe que alguien vea.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please know its limits.&lt;/b&gt; It does not hide this notebook: someone who knows this app knows a second passphrase can exist, and someone who copies the folder at different times can see which notebook changes. Choosing a second passphrase again empties that separate notebook and starts it afresh. Your usual notebook is never changed by it.</source>
        <translation>&lt;b&gt;Conozca sus límites.&lt;/b&gt; No esconde este cuaderno: quien conozca esta aplicación sabe que puede existir una segunda frase de acceso, y quien copie la carpeta en momentos distintos puede ver qué cuaderno cambia. Si vuelve a elegir una segunda frase de acceso, ese cuaderno aparte se vacía y empieza de nuevo. Su cuaderno habitual nunca cambia por ello.</translation>
    </message>
    <message>
        <source>At least 8 characters, different from yours.</source>
        <translation>Al menos 8 caracteres, distinta de la suya.</translation>
    </message>
    <message>
        <source>Repeat the second passphrase</source>
        <translation>Repetir la segunda frase de acceso</translation>
    </message>
    <message>
        <source>The same second passphrase again.</source>
        <translation>La misma segunda frase de acceso otra vez.</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>Su frase de acceso actual</translation>
    </message>
    <message>
        <source>The passphrase you use now, to show it is you.</source>
        <translation>La frase de acceso que usa ahora, para confirmar que es usted.</translation>
    </message>
    <message>
        <source>Seco&amp;nd passphrase:</source>
        <translation>&amp;Segunda frase de acceso:</translation>
    </message>
    <message>
        <source>Repea&amp;t it:</source>
        <translation>Re&amp;pítala:</translation>
    </message>
    <message>
        <source>Your &amp;current passphrase:</source>
        <translation>Su frase de acceso a&amp;ctual:</translation>
    </message>
    <message>
        <source>&amp;Use this second passphrase</source>
        <translation>Usar es&amp;ta segunda frase de acceso</translation>
    </message>
    <message>
        <source>Set up the second passphrase and its separate, empty notebook.</source>
        <translation>Prepara la segunda frase de acceso y su cuaderno aparte, vacío.</translation>
    </message>
    <message>
        <source>A checkpoint code is one short line that records how much this notebook holds today. Write it down or save the printable page, and give it to an advocate or someone you trust. Later, the code shows whether the notebook still holds everything it held that day — for example, if someone swapped it for an older copy. The code says nothing about what you wrote.</source>
        <translation>Un código de punto de control es una línea corta que registra cuánto guarda hoy este cuaderno. Anótelo o guarde la página para imprimir, y déselo a una persona de apoyo o a alguien de confianza. Más adelante, el código muestra si el cuaderno todavía guarda todo lo que tenía ese día; por ejemplo, si alguien lo cambió por una copia más antigua. El código no dice nada de lo que usted escribió.</translation>
    </message>
    <message>
        <source>Checkpoint code for today</source>
        <translation>Código de punto de control de hoy</translation>
    </message>
    <message>
        <source>Write this code down, or copy it, and give it to someone you trust.</source>
        <translation>Anote o copie este código y déselo a alguien de confianza.</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copy the code. It is cleared when the notebook locks.</source>
        <translation>Copia el código. Se borra del portapapeles cuando el cuaderno se bloquea.</translation>
    </message>
    <message>
        <source>Today’s code:</source>
        <translation>Código de hoy:</translation>
    </message>
    <message>
        <source>&amp;Save a printable page…</source>
        <translation>Guardar &amp;una página para imprimir…</translation>
    </message>
    <message>
        <source>Save a PDF page with today&apos;s code, to print.</source>
        <translation>Guarda una página PDF con el código de hoy, para imprimirla.</translation>
    </message>
    <message>
        <source>A code you kept</source>
        <translation>Un código que guardó</translation>
    </message>
    <message>
        <source>Type or paste a code you saved earlier, to check the notebook.</source>
        <translation>Escriba o pegue un código que guardó antes, para comprobar el cuaderno.</translation>
    </message>
    <message>
        <source>A code you &amp;kept:</source>
        <translation>Un código &amp;que guardó:</translation>
    </message>
    <message>
        <source>Ch&amp;eck against this code</source>
        <translation>Comprobar con &amp;este código</translation>
    </message>
    <message>
        <source>Check that the notebook still holds everything it held that day.</source>
        <translation>Comprueba que el cuaderno todavía guarda todo lo que tenía ese día.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>La frase de acceso se cambió. A partir de ahora use la nueva.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de acceso…</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Guardar una copia de seguridad</translation>
    </message>
    <message>
        <source>Type your passphrase to seal the backup.</source>
        <translation>Escriba su frase de acceso para cerrar la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup was saved to {0}.</source>
        <translation>La copia de seguridad se guardó en {0}.</translation>
    </message>
    <message>
        <source>Saving the backup…</source>
        <translation>Guardando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Elija una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose an empty folder to restore into</source>
        <translation>Elija una carpeta vacía donde restaurarla</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup.</source>
        <translation>Escriba la frase de acceso de la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup was restored into {0}. To use it, lock and choose that folder.</source>
        <translation>La copia de seguridad se restauró en {0}. Para usarla, bloquee y elija esa carpeta.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Checking the notebook…</source>
        <translation>Comprobando el cuaderno…</translation>
    </message>
    <message>
        <source>Please choose a second passphrase of at least {0} characters.</source>
        <translation>Elija una segunda frase de acceso de al menos {0} caracteres.</translation>
    </message>
    <message>
        <source>The two second passphrases are not the same. Please type again.</source>
        <translation>Las dos segundas frases de acceso no son iguales. Escríbalas otra vez.</translation>
    </message>
    <message>
        <source>Please type your current passphrase as well.</source>
        <translation>Escriba también su frase de acceso actual.</translation>
    </message>
    <message>
        <source>The second passphrase must be different from your passphrase.</source>
        <translation>La segunda frase de acceso tiene que ser distinta de su frase de acceso.</translation>
    </message>
    <message>
        <source>The second passphrase is ready. On the first screen it opens a separate, empty notebook. Your usual passphrase still opens this one.</source>
        <translation>La segunda frase de acceso está lista. En la primera pantalla abre un cuaderno aparte, vacío. Su frase de acceso habitual sigue abriendo este.</translation>
    </message>
    <message>
        <source>Setting up the second passphrase…</source>
        <translation>Preparando la segunda frase de acceso…</translation>
    </message>
    <message>
        <source>The code was copied. It is cleared when the notebook locks.</source>
        <translation>El código se copió. Se borra cuando el cuaderno se bloquea.</translation>
    </message>
    <message>
        <source>Save a printable checkpoint page</source>
        <translation>Guardar la página del punto de control para imprimir</translation>
    </message>
    <message>
        <source>The page was saved as {0}. Print it and give it to someone you trust. The file is not locked, but it says nothing about what you wrote.</source>
        <translation>La página se guardó como {0}. Imprímala y désela a alguien de confianza. El archivo no está cerrado, pero no dice nada de lo que usted escribió.</translation>
    </message>
    <message>
        <source>Saving the checkpoint page…</source>
        <translation>Guardando la página del punto de control…</translation>
    </message>
    <message>
        <source>Please type or paste the code you kept.</source>
        <translation>Escriba o pegue el código que guardó.</translation>
    </message>
    <message>
        <source>Checking the notebook against the code…</source>
        <translation>Comprobando el cuaderno con el código…</translation>
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
        <translation>Archivos</translation>
    </message>
    <message>
        <source>written later</source>
        <translation>escrita más tarde</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>modificada</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>borrada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>~ means the date is approximate.</source>
        <translation>~ significa que la fecha es aproximada.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(borrada)</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Number of entries</source>
        <translation>Número de entradas</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open selected entry</source>
        <translation>Abrir la entrada elegida</translation>
    </message>
    <message>
        <source>Show the entry chosen in the list.</source>
        <translation>Muestra la entrada elegida en la lista.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search all words in entries</source>
        <translation>Buscar todas las palabras en las entradas</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Which entries come first.</source>
        <translation>Qué entradas aparecen primero.</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Las más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Las más antiguas primero</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Show only entries of one kind.</source>
        <translation>Mostrar solo las entradas de un tipo.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Show only entries with one tag.</source>
        <translation>Mostrar solo las entradas con una etiqueta.</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>E&amp;ntre</translation>
    </message>
    <message>
        <source>Only between dates</source>
        <translation>Solo entre fechas</translation>
    </message>
    <message>
        <source>Show only entries between the two dates.</source>
        <translation>Mostrar solo las entradas entre las dos fechas.</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>Or&amp;den:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Show &amp;deleted entries</source>
        <translation>Mostrar entradas &amp;borradas</translation>
    </message>
    <message>
        <source>Show deleted entries</source>
        <translation>Mostrar entradas borradas</translation>
    </message>
    <message>
        <source>Also list deleted entries: their text is gone, their date of deletion stays.</source>
        <translation>Incluir también las entradas borradas: su texto ya no está, pero queda la fecha en que se borraron.</translation>
    </message>
    <message>
        <source>A day, as year-month-day.</source>
        <translation>Un día, como año-mes-día.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Your entries. Press Enter or double-click to open one.</source>
        <translation>Sus entradas. Pulse Intro o haga doble clic para abrir una.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>Entries in the notebook: %n</source>
        <translation>
            <numerusform>Entradas en el cuaderno: %n</numerusform>
            <numerusform>Entradas en el cuaderno: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries found: %n</source>
        <translation>
            <numerusform>Entradas encontradas: %n</numerusform>
            <numerusform>Entradas encontradas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written here yet. Press New incident (Ctrl+N) to write down something that happened, or New message (Ctrl+M) to keep a message or call exactly as it arrived. Everything stays locked in this notebook.</source>
        <translation>Todavía no hay nada escrito. Pulse Nuevo incidente (Ctrl+N) para anotar algo que ocurrió, o Nuevo mensaje (Ctrl+M) para guardar un mensaje o una llamada tal como llegó. Todo queda cerrado con llave en este cuaderno.</translation>
    </message>
    <message>
        <source>Choose an entry in the list first.</source>
        <translation>Primero elija una entrada de la lista.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Too short. Several ordinary words together work well.</source>
        <translation>Demasiado corta. Varias palabras corrientes juntas funcionan bien.</translation>
    </message>
    <message>
        <source>Fair. Adding one or two more words makes it much stronger.</source>
        <translation>Regular. Con una o dos palabras más será mucho más segura.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Buena.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Muy segura.</translation>
    </message>
    <message>
        <source>Opening, please wait</source>
        <translation>Abriendo, espere por favor</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>Elegir otra &amp;carpeta…</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Elegir otra carpeta</translation>
    </message>
    <message>
        <source>Open or create a notebook in another folder, for example on a USB stick.</source>
        <translation>Abre o crea un cuaderno en otra carpeta, por ejemplo en una memoria USB.</translation>
    </message>
    <message>
        <source>Re&amp;member this folder</source>
        <translation>&amp;Recordar esta carpeta</translation>
    </message>
    <message>
        <source>Remember this folder</source>
        <translation>Recordar esta carpeta</translation>
    </message>
    <message>
        <source>Open this folder next time without choosing it again.</source>
        <translation>Abre esta carpeta la próxima vez sin volver a elegirla.</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup file…</source>
        <translation>Restaurar desde una copia de &amp;seguridad…</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Open a backup file (for example from a USB stick) into an empty folder.</source>
        <translation>Abre una copia de seguridad (por ejemplo de una memoria USB) en una carpeta vacía.</translation>
    </message>
    <message>
        <source>This notebook is in a folder that computers run by a workplace or school may copy to their server when you sign in and out. You can move it to a folder that stays on this computer. Nothing in it changes, and your passphrase stays the same.</source>
        <translation>Este cuaderno está en una carpeta que los equipos de un trabajo o una escuela pueden copiar a su servidor al iniciar y cerrar sesión. Puede moverlo a una carpeta que se queda en este equipo. No cambia nada de su contenido y su frase de acceso sigue siendo la misma.</translation>
    </message>
    <message>
        <source>Mo&amp;ve it to this computer only</source>
        <translation>Mo&amp;verlo solo a este equipo</translation>
    </message>
    <message>
        <source>Move it to this computer only</source>
        <translation>Moverlo solo a este equipo</translation>
    </message>
    <message>
        <source>Move the notebook out of the folder that may be copied to a server.</source>
        <translation>Sacar el cuaderno de la carpeta que puede copiarse a un servidor.</translation>
    </message>
    <message>
        <source>The notebook could not be moved (another program may be using it). It is still where it was and opens as before.</source>
        <translation>No se pudo mover el cuaderno (puede que otro programa lo esté usando). Sigue donde estaba y se abre como antes.</translation>
    </message>
    <message>
        <source>The notebook was moved to {0}.</source>
        <translation>El cuaderno se movió a {0}.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <source>Type the passphrase that opens this notebook.</source>
        <translation>Escriba la frase de acceso que abre este cuaderno.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acceso:</translation>
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
        <translation>Abre el cuaderno con esta frase de acceso.</translation>
    </message>
    <message>
        <source>There is no notebook in this folder yet. Choose a passphrase to create one. A few ordinary words together are easy to remember and hard to guess.</source>
        <translation>Todavía no hay ningún cuaderno en esta carpeta. Elija una frase de acceso para crear uno. Unas cuantas palabras corrientes juntas son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Important: if you forget this passphrase, nobody can open the notebook — not you, not us, not anyone. There is no reset.</source>
        <translation>Importante: si olvida esta frase de acceso, nadie podrá abrir el cuaderno: ni usted, ni nosotros, ni nadie. No se puede recuperar.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de acceso</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Elija una frase de acceso de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repetir la frase de acceso</translation>
    </message>
    <message>
        <source>Type the same passphrase again, to be sure.</source>
        <translation>Escriba otra vez la misma frase de acceso, para asegurarse.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de acceso:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Repita &amp;la frase de acceso:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de acceso</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidez:</translation>
    </message>
    <message>
        <source>&amp;Create notebook</source>
        <translation>Crear &amp;el cuaderno</translation>
    </message>
    <message>
        <source>Create notebook</source>
        <translation>Crear el cuaderno</translation>
    </message>
    <message>
        <source>Create a new locked notebook in this folder.</source>
        <translation>Crea un cuaderno nuevo y cerrado en esta carpeta.</translation>
    </message>
    <message>
        <source>&amp;Keep it beside this app (USB stick)</source>
        <translation>&amp;Guardarlo junto a esta aplicación (memoria USB)</translation>
    </message>
    <message>
        <source>Keep it beside this app</source>
        <translation>Guardarlo junto a esta aplicación</translation>
    </message>
    <message>
        <source>Create the notebook in a folder next to this program, so it travels with it on a USB stick and nothing stays on this computer&apos;s own folders.</source>
        <translation>Crear el cuaderno en una carpeta junto a este programa, para que viaje con él en una memoria USB y no quede nada en las carpetas de este ordenador.</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Carpeta: {0}</translation>
    </message>
    <message>
        <source>Choose a folder for the notebook</source>
        <translation>Elija una carpeta para el cuaderno</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Escriba su frase de acceso.</translation>
    </message>
    <message>
        <source>Please choose a passphrase of at least {0} characters.</source>
        <translation>Elija una frase de acceso de al menos {0} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Las dos frases de acceso no son iguales. Escríbalas otra vez.</translation>
    </message>
    <message>
        <source>Opening… this takes a moment.</source>
        <translation>Abriendo… tarda un momento.</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Elija el archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Choose an empty folder for the restored notebook</source>
        <translation>Elija una carpeta vacía para el cuaderno restaurado</translation>
    </message>
    <message>
        <source>The folder {0} is not empty. Please choose an empty folder (or make a new one), so nothing in it is overwritten.</source>
        <translation>La carpeta {0} no está vacía. Elija una carpeta vacía (o cree una nueva), para no sobrescribir nada.</translation>
    </message>
    <message>
        <source>Type the passphrase the backup was made with.</source>
        <translation>Escriba la frase de acceso con la que se hizo la copia de seguridad.</translation>
    </message>
    <message>
        <source>Restoring the backup… this takes a moment.</source>
        <translation>Restaurando la copia de seguridad… tarda un momento.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup was restored into {0}. {1}</source>
        <translation>La copia de seguridad se restauró en {0}. {1}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a bundle</source>
        <translation>Comprobar un expediente</translation>
    </message>
    <message>
        <source>Checks that the files and entries in an evidence bundle are exactly as they were when it was made.</source>
        <translation>Comprueba que los archivos y las entradas de un expediente de pruebas están exactamente como cuando se creó.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Archivo del expediente</translation>
    </message>
    <message>
        <source>&amp;Choose the PDF…</source>
        <translation>&amp;Elegir el PDF…</translation>
    </message>
    <message>
        <source>Choose the PDF</source>
        <translation>Elegir el PDF</translation>
    </message>
    <message>
        <source>Pick the bundle file to check.</source>
        <translation>Elija el archivo del expediente que quiere comprobar.</translation>
    </message>
    <message>
        <source>PDF password, if it has one</source>
        <translation>Contraseña del PDF, si la tiene</translation>
    </message>
    <message>
        <source>Leave it empty if the bundle has no password.</source>
        <translation>Déjelo vacío si el expediente no tiene contraseña.</translation>
    </message>
    <message>
        <source>Password (if any):</source>
        <translation>Contraseña (si la hay):</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <source>What the check found, in plain words.</source>
        <translation>Lo que encontró la comprobación, en palabras sencillas.</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Choose the bundle</source>
        <translation>Elija el expediente</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Comprobando el expediente…</translation>
    </message>
    <message>
        <source>This bundle has a password. Type it above, then check again.</source>
        <translation>Este expediente tiene contraseña. Escríbala arriba y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>That password does not open this bundle.</source>
        <translation>Esa contraseña no abre este expediente.</translation>
    </message>
    <message>
        <source>Does not match: {0}</source>
        <translation>No coincide: {0}</translation>
    </message>
    <message>
        <source>Export {0}, made {1}: {2} entries, {3} exhibits.</source>
        <translation>Exportación {0}, creada {1}: {2} entradas, {3} anexos.</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {0}</source>
        <translation>Huella de la clave de firma: {0}</translation>
    </message>
</context>
<context>
    <name>VersionView</name>
    <message>
        <source>message text</source>
        <translation>texto del mensaje</translation>
    </message>
    <message>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation>(hora desconocida)</translation>
    </message>
    <message>
        <source>(approximately)</source>
        <translation>(aproximadamente)</translation>
    </message>
    <message>
        <source>Bac&amp;k to the current version</source>
        <translation>Volver a la versión act&amp;ual</translation>
    </message>
    <message>
        <source>Back to the current version</source>
        <translation>Volver a la versión actual</translation>
    </message>
    <message>
        <source>Stop reading this version and show the entry as it is now.</source>
        <translation>Dejar de leer esta versión y mostrar la entrada tal como está ahora.</translation>
    </message>
    <message>
        <source>Content erased</source>
        <translation>Contenido borrado</translation>
    </message>
    <message>
        <source>Version {0} of {1} — recorded {2}</source>
        <translation>Versión {0} de {1} — registrada {2}</translation>
    </message>
    <message>
        <source>(the latest)</source>
        <translation>(la más reciente)</translation>
    </message>
    <message>
        <source>Read-only: the entry as it was saved in this version. It cannot be changed.</source>
        <translation>Solo lectura: la entrada tal como se guardó en esta versión. No se puede cambiar.</translation>
    </message>
    <message>
        <source>Fields marked &quot;Changed&quot; differ from version {0}.</source>
        <translation>Los campos marcados «Cambiado» difieren de la versión {0}.</translation>
    </message>
    <message>
        <source>This is the first version.</source>
        <translation>Esta es la primera versión.</translation>
    </message>
    <message>
        <source>The entry was deleted in this version. Its text and files were erased; only this dated marker stays.</source>
        <translation>La entrada se eliminó en esta versión. Su texto y sus archivos se borraron; solo queda esta marca fechada.</translation>
    </message>
    <message>
        <source>The content of this version was erased when the entry was deleted on {0}. The history keeps when it was recorded, not its words.</source>
        <translation>El contenido de esta versión se borró cuando la entrada se eliminó el {0}. El historial conserva cuándo se registró, no sus palabras.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>{0}, changed</source>
        <translation>{0}, cambiado</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>a cloud storage service</source>
        <translation>un servicio de almacenamiento en la nube</translation>
    </message>
    <message>
        <source>This folder is copied to the internet</source>
        <translation>Esta carpeta se copia a internet</translation>
    </message>
    <message>
        <source>This place is inside {0} ({1}). It copies what is saved there to the internet, and keeps earlier versions of it.</source>
        <translation>Este lugar está dentro de {0} ({1}). Copia a internet lo que se guarda ahí y conserva versiones anteriores.</translation>
    </message>
    <message>
        <source>If the bundle has no password, anyone who can get into that account can read it. Even with a password, a copy stays there, and deleting it here may not delete it there.</source>
        <translation>Si el paquete no tiene contraseña, cualquiera que pueda entrar en esa cuenta puede leerlo. Incluso con contraseña, queda una copia ahí, y borrarlo aquí puede no borrarlo ahí.</translation>
    </message>
    <message>
        <source>The backup stays locked with your passphrase, but a copy would be kept in that account, where anyone who gets into it can see that it exists and try to guess the passphrase. A USB stick is safer.</source>
        <translation>La copia de seguridad sigue protegida con su frase de acceso, pero se guardaría una copia en esa cuenta, donde cualquiera que entre puede ver que existe e intentar adivinar la frase de acceso. Una memoria USB es más segura.</translation>
    </message>
    <message>
        <source>The notebook stays locked with your passphrase, but copies of it would be kept in that account, where anyone who gets into it can see that it exists and try to guess the passphrase. A folder on this computer only, or a USB stick, is safer.</source>
        <translation>El cuaderno sigue protegido con su frase de acceso, pero se guardarían copias en esa cuenta, donde cualquiera que entre puede ver que existe e intentar adivinar la frase de acceso. Una carpeta solo en este equipo, o una memoria USB, es más segura.</translation>
    </message>
    <message>
        <source>&amp;Use this place anyway</source>
        <translation>&amp;Usar este lugar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Choose another place</source>
        <translation>&amp;Elegir otro lugar</translation>
    </message>
    <message>
        <source>Save here even though it is synced.</source>
        <translation>Guardar aquí aunque se sincronice.</translation>
    </message>
    <message>
        <source>Pick a place that is not synced.</source>
        <translation>Elegir un lugar que no se sincronice.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>¿Borrar esta entrada?</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>¿Borrar “{0}”?</translation>
    </message>
    <message>
        <source>The text and the files of this entry will be erased from the notebook.

A dated marker stays in the history, showing that an entry was deleted and when, so the record stays honest.

This cannot be undone.</source>
        <translation>El texto y los archivos de esta entrada se eliminarán del cuaderno.

En el historial queda una marca con la fecha, que muestra que se borró una entrada y cuándo, para que el registro siga siendo fiel.

No se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete the entry</source>
        <translation>&amp;Borrar la entrada</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarla</translation>
    </message>
    <message>
        <source>Erase this entry. This cannot be undone.</source>
        <translation>Elimina esta entrada. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Do not delete anything.</source>
        <translation>No borra nada.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>You have changes in this entry that are not saved yet.</source>
        <translation>Hay cambios en esta entrada que todavía no se han guardado.</translation>
    </message>
    <message>
        <source>Do you want to save them before you leave it?</source>
        <translation>¿Quiere guardarlos antes de salir?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Leave without saving</source>
        <translation>&amp;Salir sin guardar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Seguir &amp;escribiendo</translation>
    </message>
    <message>
        <source>Save the changes, then go on.</source>
        <translation>Guarda los cambios y sigue.</translation>
    </message>
    <message>
        <source>Go on and lose the changes.</source>
        <translation>Sigue y pierde los cambios.</translation>
    </message>
    <message>
        <source>Stay in this entry.</source>
        <translation>Se queda en esta entrada.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de acceso</translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice.</source>
        <translation>Escriba su frase de acceso actual y luego la nueva dos veces.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de acceso &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de acceso:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Repita la nueva frase de acceso:</translation>
    </message>
    <message>
        <source>What you type is hidden unless you choose to show it.</source>
        <translation>Lo que escribe queda oculto, salvo que elija mostrarlo.</translation>
    </message>
    <message>
        <source>Please type a passphrase.</source>
        <translation>Escriba una frase de acceso.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Las dos frases de acceso nuevas no son iguales.</translation>
    </message>
    <message>
        <source>Transcript of {0}</source>
        <translation>Transcripción de {0}</translation>
    </message>
    <message>
        <source>Type what is said in the recording, as closely as you can. It is kept with the entry when you save, and printed beside the recording in an evidence bundle. Leave it empty to remove it.</source>
        <translation>Escriba lo que se dice en la grabación, lo más fielmente que pueda. Se guarda con la entrada cuando la guarde y se imprime junto a la grabación en un expediente de pruebas. Déjela vacía para quitarla.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>What is said in the recording, in your own typing.</source>
        <translation>Lo que se dice en la grabación, escrito por usted.</translation>
    </message>
</context>
<context>
    <name>disguise</name>
    <message>
        <source>Notebook</source>
        <translation>Cuaderno</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Recetas</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Lista de lecturas</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>That passphrase did not open the notebook. Nothing was changed. Please try again.</source>
        <translation>Esa frase de acceso no abrió el cuaderno. No se cambió nada. Inténtelo otra vez.</translation>
    </message>
    <message>
        <source>The notebook is already open in another window. Close that window first.</source>
        <translation>El cuaderno ya está abierto en otra ventana. Cierre primero esa ventana.</translation>
    </message>
    <message>
        <source>The notebook file looks damaged, so it was not opened. Nothing was changed. You can restore it from a backup.</source>
        <translation>El archivo del cuaderno parece dañado, así que no se abrió. No se cambió nada. Puede restaurarlo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>There is no notebook in that folder yet. You can create one there.</source>
        <translation>Todavía no hay ningún cuaderno en esa carpeta. Puede crear uno allí.</translation>
    </message>
    <message>
        <source>That folder already holds a notebook. Choose an empty folder.</source>
        <translation>Esa carpeta ya tiene un cuaderno. Elija una carpeta vacía.</translation>
    </message>
    <message>
        <source>This folder cannot be written to. Choose a folder you can save in.</source>
        <translation>En esta carpeta no se puede guardar. Elija una carpeta donde pueda guardar.</translation>
    </message>
    <message>
        <source>The notebook is locked. Unlock it to continue.</source>
        <translation>El cuaderno está bloqueado. Desbloquéelo para seguir.</translation>
    </message>
    <message>
        <source>The notebook&apos;s settings file is damaged. Nothing was changed.</source>
        <translation>El archivo de configuración del cuaderno está dañado. No se cambió nada.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Nothing was lost. Free some space.</source>
        <translation>El disco está lleno, así que esto no se guardó. No se perdió nada. Libere algo de espacio.</translation>
    </message>
    <message>
        <source>A check found that something stored does not match its record.</source>
        <translation>Una comprobación encontró algo guardado que no coincide con su registro.</translation>
    </message>
    <message>
        <source>That entry could not be found. It may have been deleted.</source>
        <translation>No se encontró esa entrada. Puede que se haya borrado.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No se cambió nada.</translation>
    </message>
    <message>
        <source>This notebook was made by a newer version of the app. Please update the app.</source>
        <translation>Este cuaderno se creó con una versión más nueva de la aplicación. Actualice la aplicación.</translation>
    </message>
    <message>
        <source>Something in the form needs checking.</source>
        <translation>Hay algo en el formulario que revisar.</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs and try again.</source>
        <translation>El ordenador se quedó sin memoria. Cierre otros programas e inténtelo otra vez.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Check the folder and try again.</source>
        <translation>No se pudo leer o escribir un archivo. Revise la carpeta e inténtelo otra vez.</translation>
    </message>
    <message>
        <source>Something went wrong and it was not finished. Nothing was lost. Please try again.</source>
        <translation>Algo salió mal y no se terminó. No se perdió nada. Inténtelo otra vez.</translation>
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
        <translation>Amenazas</translation>
    </message>
    <message>
        <source>Stalking / harassment</source>
        <translation>Acoso / acecho</translation>
    </message>
    <message>
        <source>Financial / economic</source>
        <translation>Económica / financiera</translation>
    </message>
    <message>
        <source>Digital / online</source>
        <translation>Digital / en internet</translation>
    </message>
    <message>
        <source>Immigration-status threats</source>
        <translation>Amenazas sobre la situación migratoria</translation>
    </message>
    <message>
        <source>Child-related</source>
        <translation>Relacionada con hijos o hijas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>SMS / text message</source>
        <translation>SMS / mensaje de texto</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
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
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Letter / note</source>
        <translation>Carta / nota</translation>
    </message>
    <message>
        <source>1 (least)</source>
        <translation>1 (lo mínimo)</translation>
    </message>
    <message>
        <source>5 (most)</source>
        <translation>5 (lo máximo)</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de acceso</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Ocultar la frase de acceso</translation>
    </message>
    <message>
        <source>Close this window.</source>
        <translation>Cierra esta ventana.</translation>
    </message>
    <message>
        <source>Go ahead with what this window is for.</source>
        <translation>Hace lo que propone esta ventana.</translation>
    </message>
</context>
</TS>

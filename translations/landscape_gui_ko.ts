<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BasinView</name>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="71"/>
        <source>grid </source>
        <translation>격자 </translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="73"/>
        <source>starts per side of the grid (up to 500 × 500)</source>
        <translation>격자 한 변의 출발점 수 (최대 500 × 500)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="75"/>
        <source>colour by minimum reached</source>
        <translation>도달한 최솟값으로 색칠</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="76"/>
        <source>colour by steps needed</source>
        <translation>필요한 단계 수로 색칠</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="78"/>
        <source>Compute basins</source>
        <translation>끌림 영역 계산</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="80"/>
        <source>the selected run&apos;s optimizer and settings from every grid point</source>
        <translation>선택한 실행의 최적화기와 설정으로 모든 격자점에서 출발</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="82"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="153"/>
        <source>Basin map cancelled.</source>
        <translation>끌림 영역 지도 계산을 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="156"/>
        <source>Basin map failed: %1</source>
        <translation>끌림 영역 지도를 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="194"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="195"/>
        <source>not converged</source>
        <translation>수렴하지 않음</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/basin_view.py" line="204"/>
        <source>Basin map of %1 η = %2, %3² starts: %4 diverged</source>
        <translation>%1 η = %2의 끌림 영역 지도, 출발점 %3²개: %4 발산</translation>
    </message>
</context>
<context>
    <name>ContourView</name>
    <message>
        <location filename="../src/landscape_gui/ui/contour_view.py" line="140"/>
        <source>start of %1: drag to move it</source>
        <translation>%1의 출발점: 끌어서 옮기세요</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/contour_view.py" line="180"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/contour_view.py" line="181"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/contour_view.py" line="193"/>
        <location filename="../src/landscape_gui/ui/contour_view.py" line="396"/>
        <source>f(x, y)</source>
        <translation>f(x, y)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/contour_view.py" line="396"/>
        <source>log₁₀(f − f_min)</source>
        <translation>log₁₀(f − f_min)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/contour_view.py" line="476"/>
        <source>★ global minimum, ▲ local minimum</source>
        <translation>★ 전역 최솟값, ▲ 국소 최솟값</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/contour_view.py" line="604"/>
        <source>∇f ≈ 0 (|∇f| = %1)</source>
        <translation>∇f ≈ 0 (|∇f| = %1)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/contour_view.py" line="609"/>
        <source>−∇f × %1</source>
        <translation>−∇f × %1</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/contour_view.py" line="613"/>
        <source>update applied (true size)</source>
        <translation>적용된 갱신 (실제 크기)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/contour_view.py" line="620"/>
        <source>−velocity b × %1</source>
        <translation>−속도 b × %1</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/contour_view.py" line="624"/>
        <source>−momentum m × %1</source>
        <translation>−모멘텀 m × %1</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/contour_view.py" line="650"/>
        <source>Hessian axes: λ = %1, %2; κ = %3</source>
        <translation>헤세 행렬의 축: λ = %1, %2; κ = %3</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/contour_view.py" line="692"/>
        <source>x = %1   y = %2   loss = %3</source>
        <translation>x = %1   y = %2   손실 = %3</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="46"/>
        <source>&lt;b&gt;Surface&lt;/b&gt;</source>
        <translation>&lt;b&gt;곡면&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="52"/>
        <source>Your own function…</source>
        <translation>직접 입력한 함수…</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="69"/>
        <source>f(x, y) with + − * / ** ^, numbers, pi, e and sin cos tan asin acos atan sinh cosh tanh exp log log10 sqrt abs sign sigmoid softplus min(a, b) max(a, b)</source>
        <translation>f(x, y)에 쓸 수 있는 것: + − * / ** ^, 숫자, pi, e, 그리고 sin cos tan asin acos atan sinh cosh tanh exp log log10 sqrt abs sign sigmoid softplus min(a, b) max(a, b)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="76"/>
        <source>the view window: x from, x to, y from, y to</source>
        <translation>보기 범위: x 시작, x 끝, y 시작, y 끝</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="79"/>
        <source>(optional)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="80"/>
        <source>a name for your function, shown as its title</source>
        <translation>함수 이름 (제목으로 표시)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="82"/>
        <source>Use this function</source>
        <translation>이 함수 사용</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="87"/>
        <source>window</source>
        <translation>범위</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="88"/>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="101"/>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;실행&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="109"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="110"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="111"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="120"/>
        <source>&lt;b&gt;Selected run&lt;/b&gt;</source>
        <translation>&lt;b&gt;선택한 실행&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="166"/>
        <source>tick to show, untick to hide</source>
        <translation>체크하면 표시, 해제하면 숨김</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="231"/>
        <source>κ (condition number)</source>
        <translation>κ (조건수)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="233"/>
        <source>how many times more sharply it curves across than along; 1 is round</source>
        <translation>가로 방향이 세로 방향보다 몇 배 더 가파르게 휘는지; 1이면 둥근 그릇</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/control_panel.py" line="261"/>
        <source>window: four numbers, x from, x to, y from, y to (e.g. -3, 3, -2, 2)</source>
        <translation>범위: 숫자 네 개, x 시작, x 끝, y 시작, y 끝 (예: -3, 3, -2, 2)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../src/landscape_gui/ui/export.py" line="74"/>
        <source>the 3-D view cannot be written as SVG; export it as PNG</source>
        <translation>3차원 보기는 SVG로 저장할 수 없습니다. PNG로 내보내세요</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export.py" line="148"/>
        <source>select a valid run to export its trajectory</source>
        <translation>궤적을 내보내려면 유효한 실행을 선택하세요</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export.py" line="162"/>
        <source>there are no runs to export</source>
        <translation>내보낼 실행이 없습니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export.py" line="167"/>
        <source>the run &apos;%1&apos; has invalid settings: correct or remove it first</source>
        <translation>실행 &apos;%1&apos;의 설정이 올바르지 않습니다. 먼저 고치거나 삭제하세요</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="41"/>
        <source>Whole window</source>
        <translation>창 전체</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="42"/>
        <source>Contour view</source>
        <translation>등고선 보기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="43"/>
        <source>3-D view</source>
        <translation>3차원 보기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="44"/>
        <source>Loss plot</source>
        <translation>손실 그래프</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="46"/>
        <source>Animation of the runs, step 0 to now</source>
        <translation>실행 애니메이션 (0단계부터 지금까지)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="49"/>
        <source>Selected run&apos;s trajectory</source>
        <translation>선택한 실행의 궤적</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="50"/>
        <source>All runs&apos; trajectories</source>
        <translation>모든 실행의 궤적</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="69"/>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="217"/>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="237"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="76"/>
        <source>screen size</source>
        <translation>화면 크기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="77"/>
        <source>2 × (sharp on slides)</source>
        <translation>2배 (슬라이드에서도 선명)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="78"/>
        <source>chosen width</source>
        <translation>너비 지정</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="86"/>
        <source> frames/s</source>
        <translation> 프레임/초</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="94"/>
        <source>What</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="95"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="96"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="97"/>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="98"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="103"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="122"/>
        <source>install the optional extra: pip install imageio-ffmpeg</source>
        <translation>선택 기능을 설치하세요: pip install imageio-ffmpeg</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="125"/>
        <source>Unavailable: %1.</source>
        <translation>사용할 수 없음: %1.</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="126"/>
        <source>Frames show the views as they are now, for each step from 0 to the current one (at most 120 frames).</source>
        <translation>0단계부터 현재 단계까지 단계마다 화면을 지금 모습 그대로 한 프레임씩 담습니다 (최대 120프레임).</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="128"/>
        <source>The whole run, step 0 to its last step, in the format of `landscape-gui trace` (CSV or JSON).</source>
        <translation>0단계부터 마지막 단계까지 실행 전체를 `landscape-gui trace`와 같은 형식으로 씁니다 (CSV 또는 JSON).</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="130"/>
        <source>Every run, step 0 to its last step. CSV: one table, the columns run (0, 1, …) and name, then those of `landscape-gui trace`. JSON: {&quot;runs&quot;: [...]}, each run as `landscape-gui trace` writes it.</source>
        <translation>모든 실행을 0단계부터 마지막 단계까지 씁니다. CSV: 표 하나로, run(0, 1, …)과 name 열 다음에 `landscape-gui trace`의 열이 옵니다. JSON: {&quot;runs&quot;: [...]}, 각 실행은 `landscape-gui trace`가 쓰는 형식 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="172"/>
        <source>the 3-D view is unavailable: %1</source>
        <translation>3차원 보기를 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="189"/>
        <source>Saved every run&apos;s trajectory to %1</source>
        <translation>모든 실행의 궤적을 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="204"/>
        <source>Saved %1 frames to %2</source>
        <translation>프레임 %1개를 %2에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="210"/>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="224"/>
        <source>Drawing the frames…</source>
        <translation>프레임을 그리는 중…</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="224"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="232"/>
        <source>Export cancelled: nothing was written</source>
        <translation>내보내기를 취소했습니다: 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/export_dialog.py" line="236"/>
        <source>Nothing was written: %1</source>
        <translation>아무것도 저장하지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../src/landscape_gui/ui/inspector.py" line="36"/>
        <source>No run selected.</source>
        <translation>선택한 실행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/inspector.py" line="45"/>
        <source>computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/inspector.py" line="56"/>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/inspector.py" line="56"/>
        <source>This step</source>
        <translation>이번 단계</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/inspector.py" line="56"/>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/inspector.py" line="57"/>
        <source>step %1</source>
        <translation>%1단계</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../src/landscape_gui/ui/landscape_view.py" line="30"/>
        <source>the &apos;%1&apos; Qt platform has no OpenGL (run with a display, or under Xvfb)</source>
        <translation>&apos;%1&apos; Qt 플랫폼에는 OpenGL이 없습니다 (디스플레이가 있는 환경이나 Xvfb에서 실행하세요)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/landscape_view.py" line="36"/>
        <source>no OpenGL context could be created on this machine</source>
        <translation>이 컴퓨터에서는 OpenGL 컨텍스트를 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/landscape_view.py" line="45"/>
        <source>OpenGL is present but cannot draw (no usable driver)</source>
        <translation>OpenGL은 있지만 그릴 수 없습니다 (쓸 수 있는 드라이버가 없음)</translation>
    </message>
</context>
<context>
    <name>LearningRateControl</name>
    <message>
        <location filename="../src/landscape_gui/ui/fields.py" line="140"/>
        <source>learning rate η on a logarithmic scale, 10⁻⁶ … 10</source>
        <translation>로그 척도의 학습률 η, 10⁻⁶ … 10</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/fields.py" line="141"/>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/fields.py" line="143"/>
        <source>exact learning rate η (any number &gt; 0)</source>
        <translation>정확한 학습률 η (0보다 큰 아무 수)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/fields.py" line="177"/>
        <source>stable below %1 (%2 on this quadratic)</source>
        <translation>%1 미만에서 안정 (이 이차 함수에서는 %2)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/fields.py" line="180"/>
        <source>⚠ η = %1 is past the limit: %2</source>
        <translation>⚠ η = %1, 한계를 넘었습니다: %2</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <location filename="../src/landscape_gui/ui/loss_view.py" line="56"/>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/loss_view.py" line="90"/>
        <source>f − f*  (log)</source>
        <translation>f − f*  (로그)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="108"/>
        <source>Controls</source>
        <translation>조절</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="110"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="111"/>
        <source>Inspector</source>
        <translation>살펴보기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="114"/>
        <source>Basins</source>
        <translation>끌림 영역</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="118"/>
        <source>Learning-rate sweep</source>
        <translation>학습률 훑기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="189"/>
        <location filename="../src/landscape_gui/ui/main_window.py" line="500"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="189"/>
        <source>Play / pause</source>
        <translation>재생 / 일시정지</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="192"/>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="192"/>
        <source>Exactly one step of every run</source>
        <translation>모든 실행을 정확히 한 단계씩</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="195"/>
        <source>Step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="195"/>
        <source>One step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="198"/>
        <source>Reset</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="198"/>
        <source>Back to step 0</source>
        <translation>0단계로 돌아가기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="201"/>
        <source>Go to end</source>
        <translation>끝으로</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="201"/>
        <source>Show the last step</source>
        <translation>마지막 단계 보기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="204"/>
        <source>Fit to surface</source>
        <translation>곡면에 맞추기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="207"/>
        <source>Show the surface&apos;s whole window</source>
        <translation>곡면의 전체 범위 보기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="210"/>
        <source>Logarithmic colours</source>
        <translation>로그 색상</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="213"/>
        <source>Log colour scale (shows Rosenbrock&apos;s valley)</source>
        <translation>로그 색상 척도 (Rosenbrock의 골짜기가 보입니다)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="223"/>
        <source>Contour view</source>
        <translation>등고선 보기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="226"/>
        <source>3-D view</source>
        <translation>3차원 보기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="229"/>
        <source>Contour and 3-D side by side</source>
        <translation>등고선과 3차원 나란히</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="232"/>
        <source>Switch 2-D / 3-D</source>
        <translation>2차원 / 3차원 전환</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="235"/>
        <source>Switch between the contour and 3-D views</source>
        <translation>등고선 보기와 3차원 보기 사이를 전환</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="238"/>
        <source>Reset camera</source>
        <translation>카메라 초기화</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="238"/>
        <source>Back to the default 3-D view</source>
        <translation>기본 3차원 시점으로</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="243"/>
        <source>Add run</source>
        <translation>실행 추가</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="245"/>
        <source>Duplicate run</source>
        <translation>실행 복제</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="250"/>
        <source>Remove run</source>
        <translation>실행 삭제</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="255"/>
        <source>Reset to defaults</source>
        <translation>기본값으로 초기화</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="258"/>
        <source>Forget the settings and start afresh</source>
        <translation>설정을 지우고 새로 시작</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="261"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="264"/>
        <source>Pictures, animations and trajectories</source>
        <translation>그림, 애니메이션, 궤적</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="267"/>
        <source>Save screenshot</source>
        <translation>스크린샷 저장</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="270"/>
        <source>Save the current view as PNG in the last-used folder</source>
        <translation>현재 화면을 마지막으로 쓴 폴더에 PNG로 저장</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="273"/>
        <source>Copy screenshot</source>
        <translation>스크린샷 복사</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="276"/>
        <source>Copy the current view to the clipboard</source>
        <translation>현재 화면을 클립보드에 복사</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="279"/>
        <source>Next scene</source>
        <translation>다음 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="279"/>
        <source>The lesson&apos;s next scene</source>
        <translation>수업의 다음 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="282"/>
        <source>Previous scene</source>
        <translation>이전 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="285"/>
        <source>The lesson&apos;s previous scene</source>
        <translation>수업의 이전 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="288"/>
        <source>Presenter mode</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="291"/>
        <source>Big, keyboard-only view for a projector (Esc leaves)</source>
        <translation>프로젝터용 큰 화면, 키보드로만 조작 (Esc로 나가기)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="295"/>
        <source>Leave presenter mode</source>
        <translation>발표 모드 나가기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="298"/>
        <source>Full screen</source>
        <translation>전체 화면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="301"/>
        <source>Open session…</source>
        <translation>세션 열기…</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="304"/>
        <location filename="../src/landscape_gui/ui/main_window.py" line="984"/>
        <location filename="../src/landscape_gui/ui/main_window.py" line="997"/>
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="305"/>
        <source>Save session as…</source>
        <translation>다른 이름으로 세션 저장…</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="306"/>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="307"/>
        <location filename="../src/landscape_gui/ui/main_window.py" line="777"/>
        <source>About landscape-gui</source>
        <translation>landscape-gui 정보</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="312"/>
        <source>playback speed: from one step a second to as fast as it goes</source>
        <translation>재생 속도: 초당 한 단계부터 최고 속도까지</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="316"/>
        <source>scrub to any step</source>
        <translation>원하는 단계로 이동</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="319"/>
        <location filename="../src/landscape_gui/ui/main_window.py" line="554"/>
        <source>step %1 / %2</source>
        <translation>단계 %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="349"/>
        <source>The language changes when landscape-gui is next started</source>
        <translation>언어는 landscape-gui를 다음에 시작할 때 바뀝니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="355"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="357"/>
        <source>Open recent</source>
        <translation>최근 파일 열기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="366"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="373"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="386"/>
        <source>&amp;Lessons</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="393"/>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="395"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="396"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="399"/>
        <source>Playback</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="437"/>
        <source>The remembered surface could not be restored</source>
        <translation>기억해 둔 곡면을 되살리지 못했습니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="462"/>
        <source>Settings reset to defaults</source>
        <translation>설정을 기본값으로 초기화했습니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="500"/>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="571"/>
        <source>invalid: %1</source>
        <translation>유효하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="612"/>
        <source>start of every run set to (%1, %2)</source>
        <translation>모든 실행의 출발점을 (%1, %2)에 두었습니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="614"/>
        <source>start of the selected run set to (%1, %2)</source>
        <translation>선택한 실행의 출발점을 (%1, %2)에 두었습니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="635"/>
        <source>OpenGL could not be loaded (%1)</source>
        <translation>OpenGL을 불러올 수 없습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="649"/>
        <source>The 3-D view is unavailable: %1.</source>
        <translation>3차원 보기를 사용할 수 없습니다: %1.</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="683"/>
        <source>Select a valid run to map its basins</source>
        <translation>끌림 영역을 그리려면 유효한 실행을 선택하세요</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="695"/>
        <source>%1 from (%2, %3)</source>
        <translation>%1, 출발점 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="704"/>
        <source>Select a valid run to sweep its learning rate</source>
        <translation>학습률을 훑으려면 유효한 실행을 선택하세요</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="743"/>
        <source>Screenshot not saved: %1</source>
        <translation>스크린샷을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="746"/>
        <source>Screenshot saved to %1</source>
        <translation>스크린샷을 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="755"/>
        <source>Screenshot of the current view copied to the clipboard</source>
        <translation>현재 화면의 스크린샷을 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="770"/>
        <source>Computing the runs failed:
%1

Save what you need and restart the app.</source>
        <translation>실행을 계산하지 못했습니다:
%1

필요한 것을 저장하고 앱을 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="779"/>
        <source>&lt;b&gt;landscape-gui %1&lt;/b&gt;&lt;p&gt;See optimization: loss surfaces and optimizers racing across them, every step laid open. Optimizers follow torch.optim exactly.&lt;/p&gt;</source>
        <translation>&lt;b&gt;landscape-gui %1&lt;/b&gt;&lt;p&gt;최적화를 눈으로 보세요: 손실 곡면과 그 위를 달리는 최적화기들, 그리고 낱낱이 펼쳐 보이는 모든 단계. 최적화기는 torch.optim과 똑같이 계산합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="880"/>
        <source>PageDown for the next scene</source>
        <translation>PageDown: 다음 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="882"/>
        <source>the last scene</source>
        <translation>마지막 장면</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="884"/>
        <source>scene %1 of %2 · Space plays · %3</source>
        <translation>장면 %1 / %2 · Space: 재생 · %3</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="947"/>
        <location filename="../src/landscape_gui/ui/main_window.py" line="957"/>
        <location filename="../src/landscape_gui/ui/main_window.py" line="970"/>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="946"/>
        <source>The session was not opened.

%1</source>
        <translation>세션을 열지 못했습니다.

%1</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="948"/>
        <source>Not opened: %1</source>
        <translation>열지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="956"/>
        <source>The session was not opened: %1</source>
        <translation>세션을 열지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="963"/>
        <source>The session has no runs: add one with Run → Add run (Ctrl+N)</source>
        <translation>이 세션에는 실행이 없습니다: 실행 → 실행 추가(Ctrl+N)로 추가하세요</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="969"/>
        <location filename="../src/landscape_gui/ui/main_window.py" line="983"/>
        <source>Sessions (%1)</source>
        <translation>세션 (%1)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="996"/>
        <source>The session was not saved: %1</source>
        <translation>세션을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="1001"/>
        <source>Session saved to %1</source>
        <translation>세션을 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="1022"/>
        <source>(none yet)</source>
        <translation>(아직 없음)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="1041"/>
        <source>The session has changed. Save it first?</source>
        <translation>세션이 바뀌었습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/main_window.py" line="1042"/>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <location filename="../src/landscape_gui/ui/fields.py" line="75"/>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/fields.py" line="75"/>
        <source>a number</source>
        <translation>수</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/fields.py" line="76"/>
        <source>a whole number %1</source>
        <translation>%1인 정수</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/fields.py" line="76"/>
        <source>a number %1</source>
        <translation>%1인 수</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/fields.py" line="77"/>
        <source> and </source>
        <translation> 이고 </translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/fields.py" line="83"/>
        <source>%1: &apos;%2&apos; is not a number; enter %3</source>
        <translation>%1: &apos;%2&apos;은(는) 수가 아닙니다. %3를 입력하세요</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/fields.py" line="86"/>
        <source>%1: &apos;%2&apos; is not a finite number; enter %3</source>
        <translation>%1: &apos;%2&apos;은(는) 유한한 수가 아닙니다. %3을(를) 입력하세요</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/fields.py" line="97"/>
        <source>%1: %2 is out of range; enter %3</source>
        <translation>%1: %2은(는) 범위를 벗어났습니다. %3를 입력하세요</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <location filename="../src/landscape_gui/ui/playback.py" line="19"/>
        <source>fastest</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/playback.py" line="21"/>
        <source>1 step/s</source>
        <translation>초당 1단계</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/playback.py" line="22"/>
        <source>%1 steps/s</source>
        <translation>초당 %1단계</translation>
    </message>
</context>
<context>
    <name>RunEditor</name>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="54"/>
        <source>the run&apos;s colour</source>
        <translation>실행의 색</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="59"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="65"/>
        <source>Optimizer</source>
        <translation>최적화기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="75"/>
        <source>Learning rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="87"/>
        <source>how many steps the run takes (1 … %1)</source>
        <translation>실행이 진행할 단계 수 (1 … %1)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="90"/>
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="92"/>
        <source>start x</source>
        <translation>출발점 x</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="93"/>
        <source>start y</source>
        <translation>출발점 y</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="98"/>
        <source>start point (or click on the map; Shift+click moves every run)</source>
        <translation>출발점 (지도를 클릭해도 됩니다. Shift+클릭은 모든 실행을 옮깁니다)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="103"/>
        <source>Start (x, y)</source>
        <translation>출발점 (x, y)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="105"/>
        <source>noise σ</source>
        <translation>잡음 σ</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="107"/>
        <source>σ of Gaussian noise added to every gradient (stochastic gradient)</source>
        <translation>모든 기울기에 더하는 가우스 잡음의 σ (확률적 기울기)</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="113"/>
        <source>seed of the noise: the same seed gives the same run</source>
        <translation>잡음의 시드: 같은 시드는 같은 실행을 줍니다</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="117"/>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="119"/>
        <source>Gradient noise σ</source>
        <translation>기울기 잡음 σ</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="122"/>
        <source>constant</source>
        <translation>고정</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="122"/>
        <source>step</source>
        <translation>계단식</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="123"/>
        <source>exponential</source>
        <translation>지수</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="123"/>
        <source>cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="124"/>
        <source>warmup</source>
        <translation>워밍업</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="133"/>
        <source>LR schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="140"/>
        <source>clip to norm</source>
        <translation>노름으로 자르기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="141"/>
        <source>clip norm</source>
        <translation>자르기 노름</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="148"/>
        <source>Gradient clipping</source>
        <translation>기울기 자르기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="204"/>
        <source>%1
valid: %2; torch default %3</source>
        <translation>%1
유효 범위: %2, torch 기본값 %3</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/run_editor.py" line="255"/>
        <source>Run colour</source>
        <translation>실행 색</translation>
    </message>
</context>
<context>
    <name>RunWorker</name>
    <message>
        <location filename="../src/landscape_gui/ui/worker.py" line="73"/>
        <source>the compute process stopped: %1</source>
        <translation>계산 프로세스가 멈췄습니다: %1</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <location filename="../src/landscape_gui/ui/runs_model.py" line="175"/>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="37"/>
        <source>lowest rate</source>
        <translation>가장 작은 학습률</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="38"/>
        <source>highest rate</source>
        <translation>가장 큰 학습률</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="42"/>
        <source> rates</source>
        <translation>개 학습률</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="43"/>
        <source>Sweep the learning rate</source>
        <translation>학습률 훑기</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="45"/>
        <source>the selected run&apos;s optimizer, settings and start at every rate</source>
        <translation>선택한 실행의 최적화기, 설정, 출발점으로 모든 학습률에서 실행</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="47"/>
        <source>from</source>
        <translation>부터</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="47"/>
        <source>to</source>
        <translation>까지</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="58"/>
        <source>learning rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="59"/>
        <source>final f − f*</source>
        <translation>최종 f − f*</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="117"/>
        <source>Sweep failed: %1</source>
        <translation>학습률 훑기에 실패했습니다: %1</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="128"/>
        <source>reaches the minimum for η from %1 to %2</source>
        <translation>η가 %1에서 %2 사이일 때 최솟값에 도달</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="131"/>
        <source>best η ≈ %1</source>
        <translation>최적 η ≈ %1</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="133"/>
        <source>every rate diverged</source>
        <translation>모든 학습률에서 발산</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="138"/>
        <source>diverges from η ≈ %1</source>
        <translation>η ≈ %1부터 발산</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="143"/>
        <source>theory: stable below %1</source>
        <translation>이론: %1 미만에서 안정</translation>
    </message>
    <message>
        <location filename="../src/landscape_gui/ui/sweep_view.py" line="147"/>
        <source>Learning-rate sweep of %1: %2</source>
        <translation>%1의 학습률 훑기: %2</translation>
    </message>
</context>
</TS>
